import type { Payload } from 'payload'

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
