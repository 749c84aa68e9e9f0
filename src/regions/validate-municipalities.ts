import type { PayloadRequest } from 'payload'

import { relationId, type PortalUser } from '../access/types'

/**
 * A local agreement names municipalities of its own region only (the admin offers them as
 * checkboxes; this refuses a forged or stale name with a Dutch message). Empty means the whole region.
 */
export async function validateMunicipalities(
  value: unknown,
  { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> },
): Promise<true | string> {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return true
  if (!Array.isArray(value) || value.some((name) => typeof name !== 'string')) return 'Kies gemeenten uit de lijst van de regio.'
  const region = relationId(siblingData?.region as PortalUser['region'])
  if (region === null) return 'Kies eerst de regio; daarna de gemeenten.'
  const doc = await req.payload.findByID({
    collection: 'regions',
    id: region,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    select: { municipalities: true },
    req,
  })
  const allowed = new Set(doc?.municipalities ?? [])
  const unknown = (value as string[]).filter((name) => !allowed.has(name))
  return unknown.length === 0 || `Niet in deze regio: ${unknown.join(', ')}. Kies gemeenten uit de lijst van de regio.`
}
