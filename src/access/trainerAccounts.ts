import type { Validate } from 'payload'

import { relationId } from '../lib/relations'

type ID = number | string

// The admin's relationship field may hand over `{ value }` instead of a document.
const idOf = (value: unknown): ID | null => relationId(value) ?? (value && typeof value === 'object' ? ((value as { value?: ID }).value ?? null) : null)

/**
 * Only trainer accounts may manage a training. Payload's own check of the field's filter looks the
 * accounts up as the editor, and an editor may read no account but their own: a redacteur could
 * then never save a training with a trainer, nor a trainer one with a colleague. The accounts are
 * looked up as the system instead; what the editor learns is only "valid or not".
 */
export const validateTrainerAccounts: Validate = async (value, { req }) => {
  const ids = (Array.isArray(value) ? value : value ? [value] : []).map(idOf).filter((id): id is ID => id !== null)
  if (ids.length === 0) return true
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { role: { equals: 'trainer' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs === new Set(ids.map(String)).size || 'Kies alleen accounts met de rol Trainer / opleider.'
}
