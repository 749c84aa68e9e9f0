import type { Payload, PayloadRequest, Where } from 'payload'

import type { Registration, TrainingSession } from '../../payload-types'

/**
 * A document id from outside (a URL, a form, JSON) in the form the adapter uses: a positive
 * integer on SQL databases, a 24-hex ObjectId on MongoDB. Anything else is null, so it never
 * reaches a query as something the database would choke on.
 */
export function parseId(payload: Payload, value: unknown): number | string | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (payload.db.defaultIDType === 'number') {
    return /^[1-9][0-9]{0,15}$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null
  }
  return /^[0-9a-f]{24}$/i.test(text) ? text : null
}

/**
 * The ids of every session or registration that matches, read by the system (no access control):
 * the jobs and actions then change or mail them one at a time. Payload always returns the id; one
 * selected field keeps the rest of the row (and every relation) out of the read.
 */
export async function findIds(
  payload: Payload,
  collection: 'training-sessions' | 'registrations',
  where: Where,
  { sort, limit = 0, req }: { sort?: string; limit?: number; req?: PayloadRequest } = {},
): Promise<{ id: TrainingSession['id'] | Registration['id'] }[]> {
  const { docs } = await payload.find({
    collection,
    where,
    sort,
    pagination: false,
    limit,
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  return docs
}
