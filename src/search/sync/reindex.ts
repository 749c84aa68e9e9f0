import type { Payload } from 'payload'

import { SEARCHABLE_COLLECTIONS, SEARCHABLE_GLOBALS } from '../records'
import type { SearchProvider, SearchRecord } from '../types'
import { collectionRecords, countPublished, loadGlobalRecord } from './load'
import { loadSynonyms } from './synonyms'

export type ReindexProgress = { done: number; total: number; source: string }

export type ReindexResult = { records: number; bySource: Record<string, number>; milliseconds: number }

/**
 * Reads every published document as a visitor would and hands the records to the engine in one
 * full build. Run through the index owner (src/search/indexOwner.ts `rebuild`), one build at a time.
 */
export async function buildIndex(
  payload: Payload,
  provider: SearchProvider,
  onProgress?: (progress: ReindexProgress) => void,
): Promise<ReindexResult> {
  const started = performance.now()
  const counts = await Promise.all(SEARCHABLE_COLLECTIONS.map((collection) => countPublished(payload, collection)))
  const total = counts.reduce((sum, n) => sum + n, 0) + SEARCHABLE_GLOBALS.length
  const records: SearchRecord[] = []
  const bySource: Record<string, number> = {}
  let done = 0
  onProgress?.({ done, total, source: '' })

  for (const collection of SEARCHABLE_COLLECTIONS) {
    bySource[collection] = 0
    for await (const batch of collectionRecords(payload, collection)) {
      records.push(...batch.records)
      bySource[collection] += batch.records.length
      done += batch.read
      onProgress?.({ done: Math.min(done, total), total, source: collection })
    }
  }
  for (const global of SEARCHABLE_GLOBALS) {
    const record = await loadGlobalRecord(payload, global)
    if (record) records.push(record)
    bySource[global] = record ? 1 : 0
    done += 1
    onProgress?.({ done: Math.min(done, total), total, source: global })
  }

  await provider.rebuild(records, await loadSynonyms(payload))
  return { records: records.length, bySource, milliseconds: Math.round(performance.now() - started) }
}
