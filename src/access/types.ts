import type { Role } from './roles'

/** The part of a logged-in user that access rules look at. */
export type PortalUser = {
  id: number | string
  role?: Role | null
  region?: number | string | { id: number | string } | null
  organisation?: number | string | { id: number | string } | null
  collection?: string
}

export function relationId(value: PortalUser['region']): number | string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
