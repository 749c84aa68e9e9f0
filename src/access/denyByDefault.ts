import type { CollectionConfig, GlobalConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { nobody } from './nobody'

const hasVersions = (versions: unknown) => Boolean(versions)

/**
 * Payload's default for an operation without a rule is "any logged-in account", and it leaves
 * readVersions (every draft ever saved) and unlock (lifting a lockout) at that default too. Here a
 * missing rule means no one: a new collection is closed until someone writes its rules.
 */
export function denyMissingAccess(collection: CollectionConfig): CollectionConfig {
  const access = { ...collection.access }
  for (const operation of ['create', 'read', 'update', 'delete'] as const) access[operation] ??= nobody
  if (hasVersions(collection.versions)) access.readVersions ??= nobody
  if (collection.auth) access.unlock ??= isAdmin
  return { ...collection, access }
}

export function denyMissingGlobalAccess(global: GlobalConfig): GlobalConfig {
  const access = { ...global.access }
  access.read ??= nobody
  access.update ??= nobody
  if (hasVersions(global.versions)) access.readVersions ??= nobody
  return { ...global, access }
}
