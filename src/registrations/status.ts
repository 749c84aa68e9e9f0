import { isolateObjectProperty, type PayloadRequest } from 'payload'

import type { Registration } from '../../payload-types'

export type RegistrationStatus = Registration['status']

/** Statuses that hold a place in the session. */
export const OCCUPIES_PLACE: readonly RegistrationStatus[] = ['confirmed', 'attended']

/** Statuses that keep the e-mail address's one registration per session. */
export const ACTIVE: readonly RegistrationStatus[] = ['confirmed', 'waitlist', 'attended']

export const occupiesPlace = (status: unknown) => OCCUPIES_PLACE.includes(status as RegistrationStatus)
export const isActive = (status: unknown) => ACTIVE.includes(status as RegistrationStatus)

/** Why a registration is being changed; hooks read it from req.context. */
export type RegistrationAction = 'register' | 'promote' | 'cancel' | 'session-cancelled' | 'erase'

export const ACTION_CONTEXT_KEY = 'registrationAction'

/** The id of a relationship value (see src/lib/relations.ts). */
export { relationId as idOf } from '../lib/relations'

/**
 * The request to hand to an operation done as `action`. Payload's Local API writes a `context`
 * option into the request it is given, so the flag would stick to the caller's request; a proxy
 * with its own context keeps it to this one operation while sharing the transaction.
 */
export function actionReq(req: PayloadRequest, action: RegistrationAction): PayloadRequest {
  const scoped = isolateObjectProperty(req, 'context')
  scoped.context = { ...req.context, [ACTION_CONTEXT_KEY]: action }
  return scoped
}

export const actionOf = (req: PayloadRequest): RegistrationAction | undefined =>
  req.context?.[ACTION_CONTEXT_KEY] as RegistrationAction | undefined

/** The seed marks its writes (seed/lib/context.ts); its changes keep the counts right but mail nobody. */
export { isSeeding } from '../workflow/audit/record'
