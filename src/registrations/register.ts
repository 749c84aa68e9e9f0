import type { Payload } from 'payload'

import type { TrainingSession } from '../../payload-types'
import { expirePlaces } from '../lib/cache'
import { queueMail } from '../mail/queue'
import { RegistrationError } from './errors'
import { parseId } from './ids'
import { parseRegistrationInput } from './input'
import { MESSAGES } from './messages'
import { claimPlace, waitlistHasRoom, waitlistPlace } from './places'
import { idOf } from './status'
import { activeKey, cancelToken, hashToken, newTokenSalt } from './token'
import { inTransaction } from './transaction'

export type RegisterResult = {
  status: 'confirmed' | 'waitlist'
  message: string
  registrationId: number | string
  sessionId: number | string
  /** On the waitlist: 1 is next in line. */
  waitlistPosition?: number
}

/** Why a session does not take registrations now, or null when it does. */
export function closedReason(
  session: Pick<TrainingSession, 'status' | 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt'>,
  now: Date,
): RegistrationError | null {
  if (session.status === 'cancelled') return new RegistrationError('session-cancelled', MESSAGES.sessionCancelled)
  if (new Date(session.startsAt) <= now) return new RegistrationError('session-past', MESSAGES.sessionPast)
  if (new Date(session.registrationOpensAt) > now)
    return new RegistrationError('window-not-open', MESSAGES.windowNotOpen)
  if (new Date(session.registrationClosesAt) <= now)
    return new RegistrationError('window-closed', MESSAGES.windowClosed)
  return null
}

type PublicSession = Pick<
  TrainingSession,
  'id' | 'status' | 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt' | 'training'
>

/**
 * The session as a visitor may see it (a session of an unpublished training does not exist for
 * them), remembered for two seconds: a rush of registrations for one session then costs one
 * lookup. Staleness cannot overbook or register for a cancelled session, because claimPlace
 * checks the status and counts in the database itself.
 */
const SESSION_TTL_MS = 2000
const sessionCache = new WeakMap<Payload, Map<string, { session: PublicSession; until: number }>>()

async function publicSession(payload: Payload, id: number | string): Promise<PublicSession | null> {
  let cache = sessionCache.get(payload)
  if (!cache) sessionCache.set(payload, (cache = new Map()))
  const hit = cache.get(String(id))
  if (hit && hit.until > Date.now()) return hit.session
  const session = await payload.findByID({
    collection: 'training-sessions',
    id,
    depth: 0,
    overrideAccess: false,
    user: null,
    disableErrors: true,
    select: { status: true, startsAt: true, registrationOpensAt: true, registrationClosesAt: true, training: true },
  })
  if (session) {
    if (cache.size > 1000) cache.clear()
    cache.set(String(id), { session, until: Date.now() + SESSION_TTL_MS })
  }
  return session
}

/**
 * Payload's unique-index error, recognised by its data: a class check fails in the production build,
 * where Payload's ValidationError can exist twice (route bundle and Payload's own chunk).
 */
const isDuplicateKey = (error: unknown) => {
  const errors = (error as { data?: { errors?: { path?: unknown }[] } } | null)?.data?.errors
  return Array.isArray(errors) && errors.some((e) => e?.path === 'activeKey')
}

/**
 * Registers a visitor for a session. The server decides the status: a place while the session has
 * one, otherwise the waitlist, in order of arrival. Throws RegistrationError (with a Dutch
 * message) for anything the visitor can put right; on such an error nothing is stored.
 */
export async function register(
  payload: Payload,
  raw: unknown,
  { now = new Date() }: { now?: Date } = {},
): Promise<RegisterResult> {
  const input = parseRegistrationInput(raw)
  const sessionId = parseId(payload, input.session)
  const session = sessionId === null ? null : await publicSession(payload, sessionId)
  if (!session)
    throw new RegistrationError('unknown-session', MESSAGES.unknownSession, [
      { field: 'session', message: MESSAGES.unknownSession },
    ])
  const closed = closedReason(session, now)
  if (closed) throw closed

  // One active registration per address and session: the unique index on activeKey refuses a
  // second one inside the transaction below, also when both arrive at the same moment.
  const key = activeKey(session.id, input.email)
  const salt = newTokenSalt()
  try {
    const outcome = await inTransaction(payload, async (req): Promise<RegisterResult> => {
      // Write everything first and take the session's place counter last: on PostgreSQL its row
      // lock is then held only for the claim and the commit, and a duplicate address is refused
      // by the unique index before it queues behind anyone. The adapter's create, not Payload's
      // create operation: the input is validated above and the status decided here, so access,
      // hooks and relationship look-ups would only add work. The unique index still applies.
      const stamp = new Date().toISOString()
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
          skjNumber: input.skjNumber,
          consent: true,
          status: 'waitlist',
          activeKey: key,
          cancelTokenSalt: salt,
          cancelTokenHash: hashToken(cancelToken(payload.secret, salt)),
          createdAt: stamp,
          updatedAt: stamp,
        },
        select: { id: true },
      })
      // "registered" becomes the confirmation or the waitlist mail, by the status at sending time.
      const job = await queueMail(req, { template: 'registered', registration: created.id })
      try {
        const claim = await claimPlace(req, session.id)
        // Cancelled between the check above and now: the rollback removes the registration again.
        if (!claim) throw new RegistrationError('session-cancelled', MESSAGES.sessionCancelled)
        // A full waitlist refuses; the rollback takes back the registration, its mail and the arrival number.
        if (!claim.confirmed && !(await waitlistHasRoom(req, session.id, claim.capacity, created.id))) {
          throw new RegistrationError('waitlist-full', MESSAGES.waitlistFull)
        }
        const status = claim.confirmed ? 'confirmed' : 'waitlist'
        await payload.db.updateOne({
          collection: 'registrations',
          id: created.id,
          data: { status, position: claim.position },
          req,
          returning: false,
        })
        const waitlistPosition =
          status === 'waitlist' ? await waitlistPlace(payload, { session: session.id, position: claim.position }, req) : undefined
        return {
          status,
          message: status === 'confirmed' ? MESSAGES.confirmed : MESSAGES.waitlist,
          registrationId: created.id,
          sessionId: session.id,
          ...(waitlistPosition ? { waitlistPosition } : {}),
        }
      } catch (error) {
        // MongoDB without a replica set has no transactions: undo by hand what a rollback would.
        if (!(await req.transactionID)) {
          await payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: job } }, req })
          await payload.db.deleteOne({ collection: 'registrations', where: { id: { equals: created.id } }, req })
        }
        throw error
      }
    })
    // The adapter's create runs no hooks, so the plugin's expiry does not either: the pages that
    // show this session's places left are expired here, once the claim is committed.
    expirePlaces()
    return outcome
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicate()
    throw error
  }
}

const duplicate = () =>
  new RegistrationError('duplicate', MESSAGES.duplicate, [{ field: 'email', message: MESSAGES.duplicate }])
