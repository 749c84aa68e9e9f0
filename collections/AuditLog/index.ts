import type { CollectionConfig } from 'payload'

import { userIsAdmin } from '../../src/access/isAdmin'
import { AUDIT_ACTIONS, AUDIT_LOG } from '../../src/workflow/audit/actions'
import { access } from './access'
import { refuseAuditChange, refuseAuditDelete } from './hooks/appendOnly'

/**
 * Who did what and when: logins, role changes, publishing and deleting. Written only by the
 * workflow's hooks (with overrideAccess); append-only for everyone, admins included. It names the
 * actor by id and e-mail and nothing else about anyone.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: { singular: 'Logregel', plural: 'Auditlog' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actorEmail', 'target', 'documentTitle'],
    hidden: ({ user }) => !userIsAdmin(user),
  },
  defaultSort: '-createdAt',
  access,
  hooks: { beforeChange: [refuseAuditChange], beforeDelete: [refuseAuditDelete] },
  fields: [
    { name: 'action', label: 'Handeling', type: 'select', required: true, index: true, options: [...AUDIT_ACTIONS] },
    { name: 'actorId', label: 'Door (account-id)', type: 'text', index: true, admin: { description: 'Leeg: het systeem (seed, geplande taak).' } },
    { name: 'actorEmail', label: 'Door (e-mail)', type: 'text' },
    { name: 'target', label: 'Soort', type: 'text', index: true, admin: { description: 'Collectie of global.' } },
    { name: 'documentId', label: 'Document-id', type: 'text', index: true },
    { name: 'documentTitle', label: 'Document', type: 'text' },
    { name: 'detail', label: 'Toelichting', type: 'text', maxLength: 500 },
  ],
}
