import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { queueMail } from '../mail/queue'
import { clearPlaces, type SessionId } from './places'
import { sessionRegistrations } from './sessionRegistrations'
import { actionReq, isSeeding } from './status'

/**
 * Everything that follows from a session being called off, in the transaction that cancels it:
 * every confirmed and waitlisted registration is cancelled and its holder gets a mail. Runs from
 * the sessions hook, so it happens however the session is cancelled (admin or cancelSession).
 */
export async function cancelSessionRegistrations(req: PayloadRequest, sessionId: SessionId): Promise<number> {
  const docs = await sessionRegistrations(req, sessionId, ['confirmed', 'waitlist'])
  const scoped = actionReq(req, 'session-cancelled')
  for (const { id } of docs) {
    await req.payload.update({ collection: 'registrations', id, data: { status: 'cancelled' }, req: scoped, overrideAccess: true, depth: 0 })
    if (!isSeeding(req)) await queueMail(req, { template: 'session-cancelled', registration: id })
  }
  await clearPlaces(req, sessionId)
  return docs.length
}

/**
 * A trainer (or editor) calls a session off. Access is the caller's: a trainer can only cancel
 * sessions of their own trainings.
 */
export async function cancelSession(payload: Payload, { sessionId, user }: { sessionId: SessionId; user: TypedUser | null }) {
  return payload.update({
    collection: 'training-sessions',
    id: sessionId,
    data: { status: 'cancelled' },
    user,
    overrideAccess: false,
    depth: 0,
  })
}
