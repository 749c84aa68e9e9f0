import type { Access, FieldAccess } from 'payload'

import type { PortalUser } from './types'

export const userIsAdmin = (user: unknown): boolean => (user as PortalUser | null)?.role === 'admin'

export const isAdmin: Access = ({ req }) => userIsAdmin(req.user)

export const isAdminField: FieldAccess = ({ req }) => userIsAdmin(req.user)
