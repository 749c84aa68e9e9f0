import type { Access, Where } from 'payload'

import { userHasRole } from './hasRole'
import type { Role } from './roles'

/**
 * Drafts are access control, not a query flag: anyone who may not edit a collection gets a read
 * constraint on `_status`, so never-published drafts cannot leak through find, findByID,
 * relationship population or GraphQL (Payload issues 14750, 11981, 5142).
 */
export const published: Where = { _status: { equals: 'published' } }

export const publishedOr =
  (editorAccess: Access): Access =>
  async (args) => {
    if (!args.req.user) return published
    const editor = await editorAccess(args)
    if (editor === true) return true
    if (editor === false) return published
    return { or: [published, editor] }
  }

/** Published for everyone, everything for the given editing roles (admin included). */
export const publishedOrRoles = (...roles: Role[]): Access =>
  publishedOr(({ req }) => userHasRole(req.user, roles))
