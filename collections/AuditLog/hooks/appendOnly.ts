import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import type { AuditLog } from '../../../payload-types'
import { AUDIT_RETENTION_CONTEXT } from '../../../src/workflow/audit/actions'

/** Not even a system call (overrideAccess) rewrites history. */
export const refuseAuditChange: CollectionBeforeChangeHook<AuditLog> = ({ operation, data }) => {
  if (operation !== 'create') throw new APIError('Het auditlog kan niet worden gewijzigd.', 403, null, true)
  return data
}

/** Only the retention job (which marks its request) removes old lines. */
export const refuseAuditDelete: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.context?.[AUDIT_RETENTION_CONTEXT] !== true) throw new APIError('Het auditlog kan niet worden verwijderd.', 403, null, true)
}
