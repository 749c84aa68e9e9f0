import type { CollectionBeforeChangeHook } from 'payload'

import type { Role } from '../access/roles'
import { type PortalUser, relationId } from '../access/types'

/**
 * A scoped editor cannot choose another scope: whatever they send, the field is set to their own
 * region or organisation. Access rules stop them touching other documents; this stops them moving
 * or creating one outside their scope.
 */
export const forceScope =
  (role: Role, field: string, scope: 'region' | 'organisation'): CollectionBeforeChangeHook =>
  ({ data, req }) => {
    const user = req.user as PortalUser | null
    if (!user || user.role !== role) return data
    return { ...data, [field]: relationId(user[scope]) }
  }
