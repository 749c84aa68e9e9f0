import type { PayloadRequest } from 'payload'

import type { PortalUser } from './types'

/**
 * The admin panel is for accounts that edit something. A professional's account exists for
 * registrations and alerts only, and an account without a role can do nothing at all.
 */
export const canUseAdmin = ({ req }: { req: PayloadRequest }): boolean => {
  const role = (req.user as PortalUser | null)?.role
  return Boolean(role && role !== 'professional')
}
