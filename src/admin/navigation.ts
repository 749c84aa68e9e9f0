import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { ACCESS_MATRIX, expectation, type MatrixRole, type Operation } from '../access/matrix'
import { isRole } from '../access/roles'

/** Writing of any kind, in the role's own scope or everywhere. */
const MANAGING: Operation[] = ['create', 'update', 'delete', 'publish']

/**
 * Whether a role has anything to do with a collection or global in the admin: it may write to it
 * in some scope. Read rights alone do not count: a trainer can read the published glossary, but
 * has no business with it in the admin. Admins see everything; unknown slugs (not in the matrix)
 * stay visible.
 */
export function managesInAdmin(role: unknown, slug: string): boolean {
  const entity = ACCESS_MATRIX.find((candidate) => candidate.slug === slug)
  if (!entity) return true
  if (!isRole(role)) return false
  // Admins run the portal: the audit log and the bookkeeping are theirs to read.
  if (role === 'admin') return true
  return MANAGING.some((operation) => ['allow', 'own', 'review'].includes(expectation(entity, role as MatrixRole, operation)))
}

type Hidden = NonNullable<NonNullable<CollectionConfig['admin']>['hidden']>

function hideUnlessManaged<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const existing = entity.admin?.hidden as Hidden | undefined
  if (existing === true) return entity
  const hidden: Hidden = (args) => {
    if (typeof existing === 'function' && existing(args)) return true
    return !managesInAdmin((args.user as { role?: unknown } | null)?.role, entity.slug)
  }
  return { ...entity, admin: { ...entity.admin, hidden } } as T
}

/**
 * The admin's navigation and dashboard show each role what it can work on, not all twenty
 * collections: the access matrix (src/access/matrix.ts) decides. Access control itself is not
 * changed by this; hiding is only about what the menu offers.
 */
export const adminNavigationPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(hideUnlessManaged),
  globals: (config.globals ?? []).map(hideUnlessManaged),
})
