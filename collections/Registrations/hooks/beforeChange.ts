import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { actionOf, idOf, isActive, type RegistrationStatus } from '../../../src/registrations/status'
import { activeKey, releasedKey } from '../../../src/registrations/token'
import type { Registration } from '../../../payload-types'

/** The changes a trainer or admin may make by hand; everything else follows from the waitlist rules. */
const MANUAL_TRANSITIONS: Record<RegistrationStatus, RegistrationStatus[]> = {
  confirmed: ['attended', 'cancelled'],
  attended: ['confirmed'],
  waitlist: ['cancelled'],
  cancelled: [],
}

const STATUS_LABEL: Record<RegistrationStatus, string> = {
  confirmed: 'Bevestigd',
  attended: 'Aanwezig geweest',
  waitlist: 'Wachtlijst',
  cancelled: 'Geannuleerd',
}

/**
 * Keeps the bookkeeping fields right however a registration changes: the training copied from
 * the session (trainer access runs on it), the one-per-address key held only while active, the
 * cancel token gone once used. Registrations are only ever created by the register action.
 */
export const beforeRegistrationChange: CollectionBeforeChangeHook<Registration> = async ({ data, originalDoc, operation, req }) => {
  const action = actionOf(req)
  if (operation === 'create') {
    if (action !== 'register') {
      throw new ValidationError({
        collection: 'registrations',
        errors: [{ path: 'status', message: 'Inschrijvingen ontstaan alleen via het inschrijfformulier.' }],
        req,
      })
    }
    return data
  }

  const before = originalDoc?.status as RegistrationStatus | undefined
  const after = (data.status ?? before) as RegistrationStatus
  if (!action && before && after !== before && !MANUAL_TRANSITIONS[before].includes(after)) {
    throw new ValidationError({
      collection: 'registrations',
      errors: [
        {
          path: 'status',
          message: `Van "${STATUS_LABEL[before]}" naar "${STATUS_LABEL[after]}" kan niet met de hand. Van de wachtlijst naar een plaats gaat vanzelf wanneer er een plaats vrijkomt.`,
        },
      ],
      req,
    })
  }

  const sessionId = idOf(originalDoc?.session)
  const email = (data.email ?? originalDoc?.email) as string | null | undefined
  const erased = Boolean(data.erasedAt ?? originalDoc?.erasedAt)
  if (isActive(after) && !erased && sessionId !== null && email) data.activeKey = activeKey(sessionId, email)
  // An update always has the stored document (and so its id).
  else data.activeKey = releasedKey(String(originalDoc?.id))

  if (after === 'cancelled' && before !== 'cancelled') {
    data.cancelledAt = new Date().toISOString()
    data.cancelTokenHash = null
    data.cancelTokenSalt = null
  }
  return data
}
