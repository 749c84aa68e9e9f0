/** What the audit log records. Values are stored; labels are what an admin reads. */
export const AUDIT_ACTIONS = [
  { value: 'login', label: 'Ingelogd' },
  { value: 'login-failed', label: 'Inloggen mislukt' },
  { value: 'role-change', label: 'Rol of bereik gewijzigd' },
  { value: 'publish', label: 'Gepubliceerd' },
  { value: 'unpublish', label: 'Publicatie ingetrokken' },
  { value: 'delete', label: 'Verwijderd' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

export const AUDIT_LOG = 'audit-log'

/** Set on req.context by the retention task: the only way an audit entry is ever removed. */
export const AUDIT_RETENTION_CONTEXT = 'auditRetention'
