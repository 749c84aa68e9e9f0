import type { Payload, PayloadRequest } from 'payload'

import { COLLECTION_BUILDERS, GLOBAL_BUILDERS, type SearchableCollection, type SearchableGlobal } from '../records'
import type { SearchRecord } from '../types'

/**
 * A request that reads as an anonymous visitor inside the editor's transaction. Payload's Local API
 * keeps `req.user` when `user` is left out, so the editor's own request would let drafts through;
 * a fresh request that only carries the transaction id sees the uncommitted edit, but with a
 * visitor's access: the index can never hold more than the public site shows.
 */
export function visitorRequest(req?: Partial<PayloadRequest>): Partial<PayloadRequest> | undefined {
  if (!req?.transactionID) return undefined
  return { transactionID: req.transactionID, context: { searchIndexing: true } }
}

type Builder<D> = (doc: D) => SearchRecord | null

/**
 * What a record needs of a linked document: its name, slug, number and whether it is published.
 * Without this, depth 1 would read every linked region's or organisation's whole body as well.
 */
const POPULATE = {
  regions: { title: true, slug: true, _status: true },
  'building-blocks': { title: true, slug: true, number: true, _status: true },
  organisations: { title: true, slug: true, abbreviation: true, _status: true },
  'working-methods': { title: true, slug: true, _status: true },
  media: { alt: true },
  users: { name: true },
} as const

/** How the index reads: as a visitor, the published version, with what a record needs of linked documents. */
const asVisitor = (req?: Partial<PayloadRequest>) =>
  ({ depth: 1, populate: POPULATE, draft: false, overrideAccess: false, user: null, req: visitorRequest(req) }) as const

function publishedRecord<D>(doc: D | null, build: Builder<D>): SearchRecord | null {
  if (!doc || (doc as { _status?: string })._status !== 'published') return null
  return build(doc)
}

/** The record of one published document, or null when a visitor cannot see it (draft, deleted). */
export async function loadCollectionRecord(
  payload: Payload,
  collection: SearchableCollection,
  id: string,
  req?: Partial<PayloadRequest>,
): Promise<SearchRecord | null> {
  const doc = await payload.findByID({ collection, id, disableErrors: true, ...asVisitor(req) })
  return publishedRecord(doc, COLLECTION_BUILDERS[collection] as Builder<typeof doc>)
}

export async function loadGlobalRecord(
  payload: Payload,
  global: SearchableGlobal,
  req?: Partial<PayloadRequest>,
): Promise<SearchRecord | null> {
  // A global a visitor may not read comes back empty rather than as an error.
  const doc = await payload.findGlobal({ slug: global, ...asVisitor(req) })
  return publishedRecord(doc, GLOBAL_BUILDERS[global] as Builder<typeof doc>)
}

/** Every published document of a collection, page by page, as records. */
export async function* collectionRecords(
  payload: Payload,
  collection: SearchableCollection,
  pageSize = 100,
): AsyncGenerator<{ records: SearchRecord[]; read: number }> {
  for (let page = 1; ; page++) {
    const result = await payload.find({ collection, limit: pageSize, page, sort: 'id', ...asVisitor() })
    const build = COLLECTION_BUILDERS[collection] as Builder<(typeof result.docs)[number]>
    const records = result.docs
      .map((doc) => publishedRecord(doc, build))
      .filter((record): record is SearchRecord => record !== null)
    yield { records, read: result.docs.length }
    if (!result.hasNextPage) return
  }
}

export async function countPublished(payload: Payload, collection: SearchableCollection): Promise<number> {
  const { totalDocs } = await payload.count({ collection, overrideAccess: false, user: null })
  return totalDocs
}
