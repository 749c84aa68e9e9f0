import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../access/types'
import { actorOf, isSeeding, recordAudit } from './record'
import type { User } from '../../../payload-types'

const SCOPE_FIELDS = ['role', 'region', 'organisation'] as const

const show = (field: (typeof SCOPE_FIELDS)[number], value: unknown): string =>
  field === 'role' ? String(value ?? '–') : String(relationId(value) ?? '–')

/**
 * A role, region or organisation given or changed: what the account may touch. The changed
 * account is named by id only (its e-mail belongs to someone who did not act).
 */
export const auditRoleChange: CollectionAfterChangeHook<User> = async ({ doc, operation, previousDoc, req }) => {
  if (isSeeding(req)) return doc
  const changes = SCOPE_FIELDS.filter((field) => show(field, doc[field]) !== show(field, operation === 'create' ? undefined : previousDoc?.[field])).map(
    (field) => `${field}: ${operation === 'create' ? '–' : show(field, previousDoc?.[field])} → ${show(field, doc[field])}`,
  )
  if (changes.length === 0) return doc
  await recordAudit(
    req.payload,
    {
      action: 'role-change',
      actor: actorOf(req),
      target: 'users',
      documentId: doc.id,
      detail: `${operation === 'create' ? 'nieuw account; ' : ''}${changes.join('; ')}`,
    },
    req,
  )
  return doc
}
