import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { cancelSessionRegistrations } from '../../../src/registrations/cancelSession'
import { fillFreePlaces } from '../../../src/registrations/promote'
import type { TrainingSession } from '../../../payload-types'

/** Changing one of these changes the event in people's calendars. */
const CALENDAR_FIELDS = ['label', 'startsAt', 'endsAt', 'mode', 'location', 'status'] as const

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date || /^\d{4}-\d{2}-\d{2}T/.test(String(a))
    ? new Date(a as string).getTime() === new Date(b as string).getTime()
    : a === b

/**
 * The place counters belong to the registration actions, which change them with atomic database
 * statements; a save from the admin form must never write back the numbers it loaded earlier.
 * Every change a calendar shows raises the event's SEQUENCE, so calendar apps take the update.
 */
export const sessionBeforeChange: CollectionBeforeChangeHook<TrainingSession> = ({ data, originalDoc, operation }) => {
  if (operation === 'create') {
    return { ...data, confirmedCount: 0, arrivalCount: 0, calendarSequence: 0, reminderQueuedAt: null }
  }
  const next = { ...data }
  delete next.confirmedCount
  delete next.arrivalCount
  const changed = CALENDAR_FIELDS.some((field) => field in next && !sameValue(next[field], originalDoc?.[field]))
  if (changed) next.calendarSequence = Number(originalDoc?.calendarSequence ?? 0) + 1
  // A session moved to a later date deserves a fresh reminder.
  if ('startsAt' in next && !sameValue(next.startsAt, originalDoc?.startsAt)) next.reminderQueuedAt = null
  return next
}

/** Calling a session off tells everyone; more places let the waitlist move up. */
export const sessionAfterChange: CollectionAfterChangeHook<TrainingSession> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  if (doc.status === 'cancelled' && previousDoc?.status !== 'cancelled') {
    await cancelSessionRegistrations(req, doc.id)
  } else if (doc.status === 'scheduled' && Number(doc.capacity) > Number(previousDoc?.capacity ?? 0)) {
    await fillFreePlaces(req, doc.id)
  }
  return doc
}

/**
 * A session with people on it is called off, not deleted: cancelling tells them, deleting would
 * leave them waiting for a course that is gone.
 */
export const sessionBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'registrations',
    where: { and: [{ session: { equals: id } }, { status: { in: ['confirmed', 'waitlist'] } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      `Deze sessie heeft ${totalDocs} ${totalDocs === 1 ? 'inschrijving' : 'inschrijvingen'}. Zet de status op "Geannuleerd" in plaats van de sessie te verwijderen; dan krijgt iedereen bericht.`,
      409,
      undefined,
      true,
    )
  }
}
