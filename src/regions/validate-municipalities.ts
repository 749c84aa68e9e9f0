import type { CollectionBeforeChangeHook } from 'payload'

import { relationId, type PortalUser } from '../access/types'
import { refuseField } from '../errors/refuseField'

/**
 * A local agreement names municipalities of its own region only (the admin offers them as
 * checkboxes; this refuses a forged or stale name with a Dutch message). Empty means the whole
 * region. A hook, not a field validation: Payload skips field validation on drafts, and a draft
 * must not hold a municipality of another region either.
 */
export const checkMunicipalities: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const names = (data as { municipalities?: unknown }).municipalities
  if (names === null || names === undefined || (Array.isArray(names) && names.length === 0)) return data
  const refuse = (message: string): never => refuseField(collection.slug, req, 'municipalities', message)
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) refuse('Kies gemeenten uit de lijst van de regio.')
  const region = relationId(((data as { region?: unknown }).region ?? (originalDoc as { region?: unknown } | undefined)?.region) as PortalUser['region'])
  if (region === null) refuse('Kies eerst de regio; daarna de gemeenten.')
  const doc = await req.payload.findByID({
    collection: 'regions',
    id: region as number | string,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    select: { municipalities: true },
    req,
  })
  const allowed = new Set(doc?.municipalities ?? [])
  const unknown = (names as string[]).filter((name) => !allowed.has(name))
  if (unknown.length) refuse(`Niet in deze regio: ${unknown.join(', ')}. Kies gemeenten uit de lijst van de regio.`)
  return data
}
