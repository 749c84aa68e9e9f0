import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { canUseAdmin } from '../../src/access/canUseAdmin'
import { isAdmin } from '../../src/access/isAdmin'

export const access: CollectionConfig['access'] = {
  // Accounts are made by admins; the very first account (create-first-user) Payload allows itself.
  create: isAdmin,
  read: adminOrSelf,
  update: adminOrSelf,
  delete: isAdmin,
  // Lifting a lockout is an admin's call, not any logged-in account's (Payload's default).
  unlock: isAdmin,
  admin: canUseAdmin,
}
