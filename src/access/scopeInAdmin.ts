import type { BaseFilter, FilterOptions, Where } from 'payload'

import type { Role } from './roles'
import { type PortalUser, relationId } from './types'

type Scope = 'region' | 'organisation'

const ownScope = (user: unknown, role: Role, scope: Scope): number | string | null | undefined => {
  const portalUser = user as PortalUser | null
  if (!portalUser || portalUser.role !== role) return undefined
  return relationId(portalUser[scope])
}

/**
 * What the admin offers a scoped editor in the region or organisation picker: only their own
 * (others are refused on save anyway, by forceScope), pre-filled. Other roles see every option.
 */
export function scopedChoice(role: Role, scope: Scope): { filterOptions: FilterOptions; defaultValue: (args: { user?: unknown }) => unknown } {
  return {
    filterOptions: ({ user }) => {
      const own = ownScope(user, role, scope)
      if (own === undefined) return true
      return own === null ? false : { id: { equals: own } }
    },
    defaultValue: ({ user }) => ownScope(user, role, scope) ?? undefined,
  }
}

/**
 * The admin list of a scoped editor shows their own region's or organisation's documents (they may
 * read the published ones of others on the site; in the admin those are only in the way).
 */
export const scopedListFilter =
  (role: Role, field: string, scope: Scope): BaseFilter =>
  ({ req }) => {
    const own = ownScope(req.user, role, scope)
    if (own === undefined) return null
    return (own === null ? { id: { exists: false } } : { [field]: { equals: own } }) as Where
  }
