import type { Payload, PayloadRequest } from 'payload'

import { AUDIT_LOG, type AuditAction } from './actions'

export type AuditEntry = {
  action: AuditAction
  /** The account that acted; null for the system. Only its id and e-mail are written. */
  actor: { id: number | string; email?: string | null } | null
  target?: string
  documentId?: number | string | null
  documentTitle?: string | null
  detail?: string | null
}

/** The seed writes hundreds of documents as the system; that is installation, not history. */
export function isSeeding(req: PayloadRequest): boolean {
  return req.context?.seeding === true
}

/**
 * Appends one entry. Inside an operation pass its req, so the entry is committed or rolled back
 * with the change it describes; after a failed operation (a refused login) pass none.
 */
export async function recordAudit(payload: Payload, entry: AuditEntry, req?: PayloadRequest): Promise<void> {
  await payload.create({
    collection: AUDIT_LOG,
    data: {
      action: entry.action,
      actorId: entry.actor ? String(entry.actor.id) : null,
      actorEmail: entry.actor?.email ?? null,
      target: entry.target ?? null,
      documentId: entry.documentId === null || entry.documentId === undefined ? null : String(entry.documentId),
      documentTitle: entry.documentTitle ? String(entry.documentTitle).slice(0, 200) : null,
      detail: entry.detail ? entry.detail.slice(0, 500) : null,
    },
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
}

/** The acting account of a request, as the audit log names it. */
export function actorOf(req: PayloadRequest): AuditEntry['actor'] {
  const user = req.user as { id?: number | string; email?: string } | null
  return user?.id ? { id: user.id, email: user.email ?? null } : null
}
