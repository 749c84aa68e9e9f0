import type { Payload } from 'payload'

import { canUseAdmin } from './canUseAdmin'
import { internalAccess } from './factories'
import { nobody } from './nobody'

/**
 * Payload adds its own collections after the plugins have run, so their rules can only be set once
 * it is up. Document locks (which document is open, by whom) are for the accounts that use the
 * admin, not for any logged-in account; the migrations table is for the migration runner only
 * (which bypasses access); the job statistics (when each scheduled job last ran) are the job
 * runner's, and an account that could write them could stop or trigger scheduled jobs.
 * Preferences stay as Payload has them: each account its own.
 */
export function tightenInternalCollections(payload: Payload): void {
  const locks = payload.collections['payload-locked-documents']?.config
  if (locks) locks.access = { ...locks.access, create: canUseAdmin, read: canUseAdmin, update: canUseAdmin, delete: canUseAdmin }
  const migrations = payload.collections['payload-migrations' as 'users']?.config
  if (migrations) migrations.access = { ...migrations.access, ...internalAccess() }
  const jobStats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) jobStats.access = { ...jobStats.access, read: nobody, update: nobody, readVersions: nobody }
}
