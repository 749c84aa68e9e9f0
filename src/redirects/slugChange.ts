import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { documentUrlPath, isRedirectedCollection } from './paths'

/**
 * When the slug of a published document changes, its old URL keeps working: it gets a permanent
 * redirect to the document (by reference, so a later change leads there too). Links in sent mails,
 * calendar files and printed work cards name the old URL; they land on the new one.
 *
 * Drafts: saving a draft leaves the published copy in the collection's own table, so the URL that
 * is public is read from there before a publishing save (beforeChange) and compared after it.
 */

const BEFORE = 'redirectsPublishedSlug'

type Before = { slug: string | null; status: string | null }

function store(req: PayloadRequest): Record<string, Before> {
  return ((req.context[BEFORE] as Record<string, Before> | undefined) ??= {})
}

export const rememberPublishedSlug: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined || data._status === 'draft') return data
  if (!isRedirectedCollection(collection.slug)) return data
  const stored = await req.payload.db.findOne<{ id: number | string; slug?: string | null; _status?: string | null }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  store(req)[`${collection.slug}:${originalDoc.id}`] = { slug: stored?.slug ?? null, status: stored?._status ?? null }
  return data
}

export const redirectOldSlug: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'update' || doc._status === 'draft' || !isRedirectedCollection(collection.slug)) return doc
  const before = store(req)[`${collection.slug}:${doc.id}`]
  if (!before?.slug || before.status === 'draft' || !doc.slug || before.slug === doc.slug) return doc
  await moveDocumentUrl(req, {
    collection: collection.slug,
    id: doc.id,
    from: documentUrlPath(collection.slug, before.slug),
    to: documentUrlPath(collection.slug, doc.slug),
  })
  return doc
}

type Move = { collection: string; id: number | string; from: string; to: string }

/**
 * The old URL leads to the document; a redirect that stood on the new URL goes (the document has
 * that address now, and the redirect would otherwise point it back at itself). Redirects that led
 * to the old URL follow along through the redirects' own hook (collapseChains).
 */
export async function moveDocumentUrl(req: PayloadRequest, { collection, id, from, to }: Move): Promise<void> {
  const system = { overrideAccess: true, depth: 0, req } as const
  await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, ...system })
  const data = { from, to: { type: 'reference' as const, reference: { relationTo: collection as 'pages', value: id as number } }, origin: 'slug' as const }
  const { docs } = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, ...system })
  if (docs[0]) await req.payload.update({ collection: 'redirects', id: docs[0].id, data, ...system })
  else await req.payload.create({ collection: 'redirects', data, ...system })
}
