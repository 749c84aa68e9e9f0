import type { CollectionBeforeChangeHook, Field, GlobalBeforeChangeHook } from 'payload'

import { userIsAdmin } from '../access/isAdmin'
import type { PortalUser } from '../access/types'
import { changedFields } from './contentChanged'
import { decideReview, type ReviewActor, type ReviewRecord } from './reviewDecision'

type Doc = Record<string, unknown> & { _status?: string | null; review?: ReviewRecord | null }

function actorOf(user: unknown): ReviewActor | null {
  const portalUser = user as (PortalUser & { name?: string | null; email?: string }) | null
  if (!portalUser?.id) return null
  return { id: portalUser.id, isAdmin: userIsAdmin(portalUser), name: portalUser.name || portalUser.email || String(portalUser.id) }
}

/** Join and virtual fields are computed, never stored: the admin may send them, they change nothing. */
function computedFieldNames(fields: Field[]): string[] {
  return fields
    .filter((field) => 'name' in field && (field.type === 'join' || ('virtual' in field && field.virtual)))
    .map((field) => (field as { name: string }).name)
}

function reviewed(data: Doc, original: Doc | undefined, fields: Field[], user: unknown, isNew: boolean): Doc {
  const contentChanged = isNew || changedFields(original, data, computedFieldNames(fields)).length > 0
  const status = data._status ?? original?._status ?? 'draft'
  const review = decideReview({
    actor: actorOf(user),
    before: original?.review,
    requested: data.review,
    contentChanged,
    publishing: status === 'published',
    alreadyLive: original?._status === 'published',
    now: new Date(),
  })
  return { ...data, review }
}

export const reviewCollectionChange: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) =>
  reviewed(data as Doc, operation === 'create' ? undefined : (originalDoc as Doc), collection.fields, req.user, operation === 'create')

export const reviewGlobalChange: GlobalBeforeChangeHook = ({ data, global, originalDoc, req }) =>
  reviewed(data as Doc, originalDoc as Doc, global.fields, req.user, false)
