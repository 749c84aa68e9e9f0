import type { Payload, PayloadRequest } from 'payload'

import { DEPENDENTS, type SearchableCollection } from '../records'
import type { SearchProvider, SearchRecord } from '../types'
import { loadCollectionRecord, loadGlobalRecord, visitorRequest } from './load'
import { loadSynonyms } from './synonyms'
import { type Target, collectionTarget, globalTarget } from './target'

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
 * Writes one document's record to the engine: reads it as a visitor would and stores its record, or
 * removes the record when a visitor cannot see it (draft, unpublished, deleted). Returns the records
 * to write next when `cascade` asks for them. Called through the index owner (src/search/indexOwner.ts),
 * which knows whether the index is built.
 */
export async function writeChange(
  payload: Payload,
  provider: SearchProvider,
  target: Exclude<Target, { kind: 'all' }>,
  options: ApplyOptions = {},
): Promise<string[]> {
  let record: SearchRecord | null
  if (target.kind === 'global') {
    record = await loadGlobalRecord(payload, target.global, options.req)
  } else {
    record = await loadCollectionRecord(payload, target.collection, target.id, options.req)
  }
  if (record) await provider.upsert([record])
  else await provider.remove([target.kind === 'global' ? globalTarget(target.global) : collectionTarget(target.collection, target.id)])

  if (target.kind !== 'collection') return []
  if (target.collection === 'glossary-terms') {
    await provider.setSynonyms(await loadSynonyms(payload, options.req))
  }
  if (options.cascade && DEPENDENTS[target.collection]) {
    return dependents(payload, target.collection, target.id, options.req)
  }
  return []
}
