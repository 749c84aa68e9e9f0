import { type Payload, ValidationError } from 'payload'

import type { TrainingSession } from '../../payload-types'
import { queueMail } from '../mail/queue'
import { RegistrationError } from './errors'
import { parseRegistrationInput } from './input'
import { MESSAGES } from './messages'
import { claimPlace } from './places'
import { idOf } from './status'
import { activeKey, cancelToken, hashToken, newTokenSalt } from './token'
import { inTransaction } from './transaction'

export type RegisterResult = {
  status: 'confirmed' | 'waitlist'
  message: string
  registrationId: number | string
}

/** Why a session does not take registrations now, or null when it does. */
export function closedReason(session: Pick<TrainingSession, 'status' | 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt'>, now: Date): RegistrationError | null {
  if (session.status === 'cancelled') return new RegistrationError('session-cancelled', MESSAGES.sessionCancelled)
  if (new Date(session.startsAt) <= now) return new RegistrationError('session-past', MESSAGES.sessionPast)
  if (new Date(session.registrationOpensAt) > now) return new RegistrationError('window-not-open', MESSAGES.windowNotOpen)
  if (new Date(session.registrationClosesAt) <= now) return new RegistrationError('window-closed', MESSAGES.windowClosed)
  return null
}

const toId = (payload: Payload, value: string): number | string | null => {
  if (payload.db.defaultIDType === 'number') return /^[0-9]+$/.test(value) ? Number(value) : null
  return /^[0-9a-f]{24}$/i.test(value) ? value : null
}

const isDuplicateKey = (error: unknown) =>
  error instanceof ValidationError && (error.data?.errors ?? []).some((e) => e.path === 'activeKey')

/**
 * Registers a visitor for a session. The server decides the status: a place while the session has
 * one, otherwise the waitlist, in order of arrival. Throws RegistrationError (with a Dutch
 * message) for anything the visitor can put right; on such an error nothing is stored.
 */
export async function register(payload: Payload, raw: unknown, { now = new Date() }: { now?: Date } = {}): Promise<RegisterResult> {
  const input = parseRegistrationInput(raw)
  const sessionId = toId(payload, input.session)
  // Read as the visitor would: a session of an unpublished training does not exist for them.
  const session = sessionId === null
    ? null
    : await payload.findByID({
        collection: 'training-sessions',
        id: sessionId,
        depth: 0,
        overrideAccess: false,
        user: null,
        disableErrors: true,
        select: { status: true, startsAt: true, registrationOpensAt: true, registrationClosesAt: true, training: true },
      })
  if (!session) throw new RegistrationError('unknown-session', MESSAGES.unknownSession, [{ field: 'session', message: MESSAGES.unknownSession }])
  const closed = closedReason(session, now)
  if (closed) throw closed

  const key = activeKey(session.id, input.email)
  // The unique index on activeKey is the real guard; this only spares the common case a transaction.
  const existing = await payload.count({ collection: 'registrations', where: { activeKey: { equals: key } }, overrideAccess: true })
  if (existing.totalDocs > 0) throw duplicate()

  const salt = newTokenSalt()
  try {
    return await inTransaction(payload, async (req) => {
      const claim = await claimPlace(req, session.id)
      // Cancelled between the check above and now.
      if (!claim) throw new RegistrationError('session-cancelled', MESSAGES.sessionCancelled)
      const status = claim.confirmed ? 'confirmed' : 'waitlist'
      // The adapter's create, in this transaction: the input is validated above and the status
      // decided here, so Payload's create operation (access, hooks, relationship look-ups) would
      // only lengthen the time the session row stays locked. Its unique index still applies.
      const now = new Date().toISOString()
      const created = await payload.db.create({
        collection: 'registrations',
        req,
        data: {
          session: session.id,
          training: idOf(session.training),
          name: input.name,
          email: input.email,
          organisation: input.organisation,
          function: input.function,
          consent: true,
          status,
          position: claim.position,
          activeKey: key,
          cancelTokenSalt: salt,
          cancelTokenHash: hashToken(cancelToken(payload.secret, salt)),
          createdAt: now,
          updatedAt: now,
        },
        select: { id: true },
      })
      await queueMail(req, { template: status === 'confirmed' ? 'confirmation' : 'waitlist', registration: created.id })
      return { status, message: status === 'confirmed' ? MESSAGES.confirmed : MESSAGES.waitlist, registrationId: created.id }
    })
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicate()
    throw error
  }
}

const duplicate = () => new RegistrationError('duplicate', MESSAGES.duplicate, [{ field: 'email', message: MESSAGES.duplicate }])
