import type { PayloadRequest } from 'payload'

import { queueMail } from '../mail/queue'
import { claimFreePlace, type SessionId } from './places'
import { sessionRegistrations } from './sessionRegistrations'
import { actionReq } from './status'

/**
 * Moves people from the waitlist to a place, first come first served, while places are free.
 * Runs in the caller's transaction, after the place was given back or the capacity raised. A
 * session that has begun promotes nobody: a place that frees up then is of no use.
 */
export async function fillFreePlaces(req: PayloadRequest, sessionId: SessionId, now = new Date()): Promise<number> {
  const session = await req.payload.findByID({
    collection: 'training-sessions',
    id: sessionId,
    req,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
    select: { startsAt: true, status: true },
  })
  if (!session || session.status !== 'scheduled' || new Date(session.startsAt) <= now) return 0

  let promoted = 0
  for (;;) {
    const [next] = await sessionRegistrations(req, sessionId, ['waitlist'], { limit: 1 })
    if (!next || !(await claimFreePlace(req, sessionId))) return promoted
    await req.payload.update({
      collection: 'registrations',
      id: next.id,
      data: { status: 'confirmed' },
      req: actionReq(req, 'promote'),
      overrideAccess: true,
      depth: 0,
    })
    await queueMail(req, { template: 'promoted', registration: next.id })
    promoted += 1
  }
}
