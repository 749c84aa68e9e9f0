import type { PayloadRequest } from 'payload'

import { relationId } from '../lib/relations'
import { documentUrlPath, isRedirectedCollection, normaliseRedirectTarget } from './paths'

/** The `to` group of a redirect as @payloadcms/plugin-redirects stores it. */
export type RedirectTo = {
  type?: 'reference' | 'custom' | null
  reference?: { relationTo: string; value: unknown } | null
  url?: string | null
}

export type RedirectRecord = { id: number | string; from: string; to?: RedirectTo | null; origin?: string | null }

/**
 * Where a redirect points now, as the system sees it: a custom address as stored, a document by
 * its current published slug (read from the collection's own table, which holds the published
 * copy while a newer draft waits in the versions). Null when the document is gone or has no slug.
 */
export async function currentTarget(req: PayloadRequest, to: RedirectTo | null | undefined): Promise<string | null> {
  if (!to) return null
  if (to.type === 'custom') return normaliseRedirectTarget(to.url)
  const relationTo = to.reference?.relationTo
  const id = relationId(to.reference?.value)
  if (!relationTo || id === null || !isRedirectedCollection(relationTo)) return null
  const doc = await req.payload.db.findOne<{ id: number | string; slug?: string | null }>({
    collection: relationTo,
    where: { id: { equals: id } },
    req,
  })
  return doc?.slug ? documentUrlPath(relationTo, doc.slug) : null
}

/** A copy of a `to` group that can be written onto another redirect. */
export function copyTo(to: RedirectTo | null | undefined): RedirectTo {
  if (to?.type === 'custom') return { type: 'custom', url: to.url ?? null }
  return {
    type: 'reference',
    reference: to?.reference ? { relationTo: to.reference.relationTo, value: relationId(to.reference.value) } : null,
  }
}
