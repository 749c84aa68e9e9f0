import type { Access, Where } from 'payload'

import { userIsAdmin } from './isAdmin'
import type { Role } from './roles'
import { type PortalUser, relationId } from './types'

type ScopeRule = {
  /** Roles with access to every document of the collection (admin always has it). */
  all?: Role[]
  /** The role whose access is limited to its own scope. */
  role: Role
  /** Builds the constraint for that role, or null when the account lacks the scope (deny). */
  where: (user: PortalUser) => Where | null
}

/**
 * Access limited to a user's own region, organisation or trainings. A scoped account without the
 * scope (a regional editor with no region) gets nothing: deny by default.
 */
export const scoped =
  ({ all = [], role, where }: ScopeRule): Access =>
  ({ req }) => {
    const user = req.user as PortalUser | null
    if (!user) return false
    if (userIsAdmin(user) || (user.role && all.includes(user.role))) return true
    if (user.role !== role) return false
    return where(user) ?? false
  }

export const ownRegion = (field = 'region'): ScopeRule['where'] => (user) => {
  const region = relationId(user.region)
  return region === null ? null : { [field]: { equals: region } }
}

export const ownOrganisation = (field = 'organisation'): ScopeRule['where'] => (user) => {
  const organisation = relationId(user.organisation)
  return organisation === null ? null : { [field]: { equals: organisation } }
}

export const ownTrainer = (field = 'trainers'): ScopeRule['where'] => (user) => ({ [field]: { in: [user.id] } })
