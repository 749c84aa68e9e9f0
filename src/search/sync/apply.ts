import type { Payload, PayloadRequest } from 'payload'

import { DEPENDENTS, type SearchableCollection } from '../records'
import { searchState } from '../service'
import type { SearchRecord } from '../types'
import { loadCollectionRecord, loadGlobalRecord, visitorRequest } from './load'
import { loadSynonyms } from './synonyms'
import { collectionTarget, parseTarget } from './target'

export type ApplyOptions = {
  /** The editor's request: reads then see the edit inside its transaction. */
  req?: Partial<PayloadRequest>
  /** Also rebuild the records that show this document's name (renamed region, unpublished block). */
  cascade?: boolean
}

async function dependents(
  payload: Payload,
  collection: SearchableCollection,
  id: string,
  req?: Partial<PayloadRequest>,
): Promise<string[]> {
  const targets: string[] = []
  for (const { collection: other, field } of DEPENDENTS[collection] ?? []) {
    const { docs } = await payload.find({
      collection: other,
      where: { [field]: { in: [id] } },
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { updatedAt: true },
      req: visitorRequest(req),
    })
    for (const doc of docs) targets.push(collectionTarget(other, doc.id))
  }
  return targets
}

/**
 * Brings the index in line with the database for one document: reads it as a visitor would and
 * stores its record, or removes the record when a visitor cannot see it (draft, unpublished,
 * deleted). Idempotent and order-free, so hooks, retries and the change feed can all call it.
 */
export async function applyChange(payload: Payload, objectID: string, options: ApplyOptions = {}): Promise<void> {
  const target = parseTarget(objectID)
  if (!target || target.kind === 'all') return
  const state = searchState(payload)
  // An embedded index that was never built has nothing to update: its first build reads it all.
  if (state.status === 'cold') return
  if (state.status === 'building') state.changedDuringBuild.add(objectID)

  let record: SearchRecord | null
  if (target.kind === 'global') {
    record = await loadGlobalRecord(payload, target.global, options.req)
  } else {
    record = await loadCollectionRecord(payload, target.collection, target.id, options.req)
  }
  if (record) await state.provider.upsert([record])
  else await state.provider.remove([objectID])

  if (target.kind !== 'collection') return
  if (target.collection === 'glossary-terms') {
    await state.provider.setSynonyms(await loadSynonyms(payload, options.req))
  }
  if (options.cascade && DEPENDENTS[target.collection]) {
    for (const dependent of await dependents(payload, target.collection, target.id, options.req)) {
      await applyChange(payload, dependent, { req: options.req })
    }
  }
}
