import type { Access, FieldAccess } from 'payload'

import type { Role } from './roles'
import type { PortalUser } from './types'

export function userHasRole(user: unknown, roles: readonly Role[]): boolean {
  const role = (user as PortalUser | null)?.role
  return Boolean(role && (role === 'admin' || roles.includes(role)))
}

/** Admins always; otherwise only the roles named. */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userHasRole(req.user, roles)

export const hasRoleField =
  (...roles: Role[]): FieldAccess =>
  ({ req }) =>
    userHasRole(req.user, roles)
