import type { Payload, PayloadRequest } from 'payload'

import { RegistrationError } from './errors'
import { MESSAGES } from './messages'
import { lockSession } from './places'
import { ACTIVE, actionReq, idOf } from './status'
import { hashToken, isWellFormedToken } from './token'
import { inTransaction } from './transaction'

/** What the cancel page may show about a registration: the course, never the person. */
export type CancelPreview = { training: string; session: string; startsAt: string }

async function findByToken(payload: Payload, token: string, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ cancelTokenHash: { equals: hashToken(token) } }, { status: { in: [...ACTIVE] } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { session: true, status: true },
  })
  return docs[0] ?? null
}

export async function previewCancellation(payload: Payload, token: unknown): Promise<CancelPreview | null> {
  if (!isWellFormedToken(token)) return null
  const registration = await findByToken(payload, token)
  const sessionId = idOf(registration?.session)
  if (!registration || sessionId === null) return null
  const session = await payload.findByID({
    collection: 'training-sessions',
    id: sessionId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    select: { label: true, startsAt: true, training: true },
  })
  if (!session) return null
  const training = typeof session.training === 'object' && session.training ? session.training.title : ''
  return { training, session: session.label, startsAt: session.startsAt }
}

/**
 * Cancels the registration the token belongs to. The token works once: the cancellation clears
 * it. A freed place goes to the first on the waitlist (see the registrations hook).
 */
export async function cancelByToken(payload: Payload, token: unknown): Promise<{ message: string }> {
  if (!isWellFormedToken(token)) throw new RegistrationError('invalid-token', MESSAGES.invalidToken)
  const found = await findByToken(payload, token)
  const sessionId = idOf(found?.session)
  if (!found || sessionId === null) throw new RegistrationError('invalid-token', MESSAGES.invalidToken)

  await inTransaction(payload, async (req) => {
    await lockSession(req, sessionId)
    // Read again under the lock: a second click on the same link finds nothing here.
    const current = await findByToken(payload, token, req)
    if (!current) throw new RegistrationError('invalid-token', MESSAGES.invalidToken)
    await payload.update({
      collection: 'registrations',
      id: current.id,
      data: { status: 'cancelled' },
      req: actionReq(req, 'cancel'),
      overrideAccess: true,
      depth: 0,
    })
  })
  return { message: MESSAGES.cancelled }
}
