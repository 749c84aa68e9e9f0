import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueMail } from '../../../src/mail/queue'
import { releasePlace } from '../../../src/registrations/places'
import { fillFreePlaces } from '../../../src/registrations/promote'
import { actionOf, idOf, isSeeding, occupiesPlace } from '../../../src/registrations/status'
import type { Registration } from '../../../payload-types'

/**
 * A cancellation, by link or by hand, gives the place back and hands it to the first on the
 * waitlist, and tells the person who cancelled, all in the same transaction. When a whole session
 * is called off, cancelSessionRegistrations does the telling and there is no place to pass on.
 */
export const afterRegistrationChange: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status === doc.status || doc.status !== 'cancelled') return doc
  if (actionOf(req) === 'session-cancelled') return doc
  const sessionId = idOf(doc.session)
  if (sessionId === null) return doc
  if (occupiesPlace(previousDoc?.status)) {
    await releasePlace(req, sessionId)
    // The seed's own writes keep the counts right but tell nobody anything.
    if (!isSeeding(req)) await fillFreePlaces(req, sessionId)
  }
  if (!isSeeding(req)) await queueMail(req, { template: 'cancellation', registration: doc.id })
  return doc
}

/** An admin deleting a registration that held a place gives the place back, like a cancellation. */
export const afterRegistrationDelete: CollectionAfterDeleteHook<Registration> = async ({ doc, req }) => {
  const sessionId = idOf(doc.session)
  if (sessionId === null || !occupiesPlace(doc.status)) return doc
  await releasePlace(req, sessionId)
  if (!isSeeding(req)) await fillFreePlaces(req, sessionId)
  return doc
}
