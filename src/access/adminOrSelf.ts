import type { Access } from 'payload'

import { userIsAdmin } from './isAdmin'

/** Users see and change only their own account; admins see all. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userIsAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}
