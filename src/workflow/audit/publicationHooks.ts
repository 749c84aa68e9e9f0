import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { actorOf, isSeeding, recordAudit } from './record'

type Status = string | null | undefined

/**
 * Publish and unpublish as the audit log sees them. A save that leaves the document live is a
 * publication. Saving a draft over a published document leaves the published copy in place, so an
 * unpublish is only when the stored document itself went from published to draft: its status is
 * read before and after the save.
 */
const BEFORE = 'auditStatusBefore'

function remember(req: PayloadRequest, key: string, status: Status): void {
  const store = ((req.context[BEFORE] as Record<string, Status> | undefined) ??= {})
  store[key] = status
}

function recall(req: PayloadRequest, key: string): Status {
  return (req.context[BEFORE] as Record<string, Status> | undefined)?.[key]
}

async function storedCollectionStatus(req: PayloadRequest, slug: string, id: unknown): Promise<Status> {
  const doc = await req.payload.db.findOne<{ id: number; _status?: string }>({ collection: slug as 'pages', where: { id: { equals: id } }, req })
  return doc?._status
}

async function storedGlobalStatus(req: PayloadRequest, slug: string): Promise<Status> {
  const doc = (await req.payload.db.findGlobal({ slug: slug as 'vision', req })) as { _status?: string } | undefined
  return doc?._status
}

const titleOf = (doc: Record<string, unknown>): string | null =>
  typeof doc.title === 'string' ? doc.title : typeof doc.slug === 'string' ? doc.slug : null

export const rememberCollectionStatus: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && data._status === 'draft' && originalDoc?.id !== undefined && !isSeeding(req)) {
    remember(req, `${collection.slug}:${originalDoc.id}`, await storedCollectionStatus(req, collection.slug, originalDoc.id))
  }
  return data
}

export const auditCollectionPublication: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (isSeeding(req)) return doc
  const base = { actor: actorOf(req), target: collection.slug, documentId: doc.id, documentTitle: titleOf(doc) }
  if (doc._status === 'published') {
    await recordAudit(req.payload, { ...base, action: 'publish', detail: operation === 'create' ? 'nieuw document' : null }, req)
  } else if (recall(req, `${collection.slug}:${doc.id}`) === 'published' && (await storedCollectionStatus(req, collection.slug, doc.id)) === 'draft') {
    await recordAudit(req.payload, { ...base, action: 'unpublish' }, req)
  }
  return doc
}

export const rememberGlobalStatus: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  if (data._status === 'draft' && !isSeeding(req)) remember(req, `global:${global.slug}`, await storedGlobalStatus(req, global.slug))
  return data
}

export const auditGlobalPublication: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (isSeeding(req)) return doc
  const base = { actor: actorOf(req), target: global.slug, documentTitle: titleOf(doc) ?? global.slug }
  if (doc._status === 'published') {
    await recordAudit(req.payload, { ...base, action: 'publish' }, req)
  } else if (recall(req, `global:${global.slug}`) === 'published' && (await storedGlobalStatus(req, global.slug)) === 'draft') {
    await recordAudit(req.payload, { ...base, action: 'unpublish' }, req)
  }
  return doc
}
