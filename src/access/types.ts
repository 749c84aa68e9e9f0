import type { Role } from './roles'

/** The part of a logged-in user that access rules look at. */
export type PortalUser = {
  id: number | string
  role?: Role | null
  region?: number | string | { id: number | string } | null
  organisation?: number | string | { id: number | string } | null
  collection?: string
}

export { relationId } from '../lib/relations'
