import type { Payload } from 'payload'

import { SEARCHABLE_COLLECTIONS, SEARCHABLE_GLOBALS } from '../records'
import { searchState } from '../service'
import type { SearchRecord } from '../types'
import { applyChange } from './apply'
import { markBuildStart } from './feedState'
import { collectionRecords, countPublished, loadGlobalRecord } from './load'
import { loadSynonyms } from './synonyms'

export type ReindexProgress = { done: number; total: number; source: string }

export type ReindexResult = { records: number; bySource: Record<string, number>; milliseconds: number }

async function rebuild(payload: Payload, onProgress?: (progress: ReindexProgress) => void): Promise<ReindexResult> {
  const state = searchState(payload)
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

  await state.provider.rebuild(records, await loadSynonyms(payload))
  return { records: records.length, bySource, milliseconds: Math.round(performance.now() - started) }
}

/**
 * Rebuilds the whole index from the database: what `npm run search:reindex` runs, what the seed
 * calls once at its end, and how an embedded index comes back after a restart. One build at a
 * time per instance; a second call while one runs waits for that one.
 */
export async function reindexAll(
  payload: Payload,
  options: { onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<ReindexResult> {
  const state = searchState(payload)
  if (state.status === 'building' && state.build) return state.build as Promise<ReindexResult>
  state.status = 'building'
  state.changedDuringBuild.clear()
  markBuildStart(payload)
  const build = rebuild(payload, options.onProgress).then(
    async (result) => {
      state.status = 'ready'
      // Edits saved while the build read the database may be missing from what it read.
      const changed = [...state.changedDuringBuild]
      state.changedDuringBuild.clear()
      for (const objectID of changed) {
        try {
          await applyChange(payload, objectID)
        } catch (error) {
          // The change log or the retry job brings it in later; the new index is in place.
          payload.logger.warn({ err: error, target: objectID }, 'search: re-applying a change after the rebuild failed')
        }
      }
      return result
    },
    (error) => {
      state.status = state.provider.kind === 'algolia' ? 'ready' : 'cold'
      state.build = null
      throw error
    },
  )
  state.build = build
  return build
}

/** Waits until this instance can answer searches, building the embedded index on first use. */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const state = searchState(payload)
  if (state.status === 'ready') return
  if (state.status === 'building' && state.build) {
    await state.build
    return
  }
  await reindexAll(payload)
}
