import type { CollectionAfterDeleteHook } from 'payload'

import { actorOf, isSeeding, recordAudit } from './record'

/** Accounts are named by id only: their e-mail is personal data of someone who is not the actor. */
const NO_TITLE = new Set(['users'])

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (isSeeding(req)) return doc
  const title = NO_TITLE.has(collection.slug) ? null : ((doc?.title ?? doc?.slug ?? null) as string | null)
  await recordAudit(req.payload, { action: 'delete', actor: actorOf(req), target: collection.slug, documentId: id, documentTitle: title }, req)
  return doc
}
