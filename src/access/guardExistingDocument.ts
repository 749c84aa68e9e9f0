import { type CollectionBeforeOperationHook, Forbidden, type Where } from 'payload'

import { onVersions } from './versions'

type ID = number | string

/**
 * Closes what Payload's own check leaves open on an update or delete by id (Payload issues 5224,
 * 14750). Payload tests the user's rule against the latest version and falls back to the main
 * document when no version matches, so a document whose published copy is in the editor's region
 * but whose newest draft was moved elsewhere still passes. Here the document must be readable by
 * the user, and both its published copy and its latest version must fall within the rule.
 */
export const guardExistingDocument: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || !req.user) return args
  if (operation !== 'update' && operation !== 'delete') return args
  const id = (args as { id?: ID }).id
  if (id === undefined || id === null || id === '') return args

  const slug = collection.slug as 'pages'
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

  const readable = await req.payload.find({
    collection: slug,
    where: { id: { equals: id } },
    draft: drafts,
    overrideAccess: false,
    user: req.user,
    req,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  // Nothing to guard when the document does not exist: Payload answers 404 itself.
  const exists = readable.docs.length > 0 || (await req.payload.count({ collection: slug, where: { id: { equals: id } }, overrideAccess: true, req })).totalDocs > 0
  if (!exists) return args
  if (readable.docs.length === 0) throw new Forbidden(req.t)

  const access = operation === 'update' ? collection.access.update : collection.access.delete
  const rule = access ? await access({ id: id as number, data: (args as { data?: Record<string, unknown> }).data, req }) : Boolean(req.user)
  if (!rule) throw new Forbidden(req.t)
  if (rule === true) return args

  const inRule: Where = { and: [{ id: { equals: id } }, rule as Where] }
  const main = await req.payload.count({ collection: slug, where: inRule, overrideAccess: true, req })
  if (main.totalDocs === 0) throw new Forbidden(req.t)
  if (drafts) {
    const latest = await req.payload.countVersions({
      collection: slug,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      overrideAccess: true,
      req,
    })
    if (latest.totalDocs > 0) {
      const latestInRule = await req.payload.countVersions({
        collection: slug,
        where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }, onVersions(rule as Where)] },
        overrideAccess: true,
        req,
      })
      if (latestInRule.totalDocs === 0) throw new Forbidden(req.t)
    }
  }
  return args
}
