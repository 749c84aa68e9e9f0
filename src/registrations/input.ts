import { isValidEmail } from '../lib/email'
import { RegistrationError, type FieldError } from './errors'
import { MESSAGES } from './messages'
import { normaliseSkjNumber } from './skj'

/** What a visitor sends; nothing is trusted until parseRegistrationInput has looked at it. */
export type RegistrationInput = {
  session?: unknown
  name?: unknown
  email?: unknown
  organisation?: unknown
  function?: unknown
  /** Optional: the SKJ registration number, for the trainer's accreditation list. */
  skjNumber?: unknown
  consent?: unknown
}

export type ValidRegistration = {
  session: string
  name: string
  email: string
  organisation: string
  function: string
  /** Nine digits, or null when none was given. */
  skjNumber: string | null
}

export const LIMITS = { name: 120, email: 254, organisation: 160, function: 120 } as const

/** The request body as a whole; well above four filled-in fields, far below anything abusive. */
export const MAX_BODY_BYTES = 8 * 1024

const F = MESSAGES.field

// Control characters never belong in a name, and in a mail header they would be trouble.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

function text(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') return null
  return value.normalize('NFC').replace(/\s+/g, ' ').trim()
}

function requiredText(
  errors: FieldError[],
  field: keyof typeof LIMITS,
  value: unknown,
  missing: string,
  tooLong: string,
): string {
  const cleaned = text(value)
  if (cleaned === null) errors.push({ field, message: F.notText })
  else if (!cleaned) errors.push({ field, message: missing })
  else if (cleaned.length > LIMITS[field]) errors.push({ field, message: tooLong })
  else if (CONTROL.test(cleaned)) errors.push({ field, message: F.notText })
  return cleaned ?? ''
}

/** A session id as the adapters use them: a positive integer (SQL) or an ObjectId (MongoDB). */
function sessionId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value)
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  if (/^[1-9][0-9]{0,15}$/.test(trimmed) || /^[0-9a-f]{24}$/i.test(trimmed)) return trimmed
  return null
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

/** Checks every field at once, so the form can show all problems together. */
export function parseRegistrationInput(raw: unknown): ValidRegistration {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RegistrationError('malformed', MESSAGES.malformed)
  }
  const input = raw as RegistrationInput
  const errors: FieldError[] = []

  const session = sessionId(input.session)
  if (!session) errors.push({ field: 'session', message: F.session })

  const name = requiredText(errors, 'name', input.name, F.nameMissing, F.nameTooLong)

  const email = text(input.email)
  if (email === null) errors.push({ field: 'email', message: F.notText })
  else if (!email) errors.push({ field: 'email', message: F.emailMissing })
  else if (email.length > LIMITS.email) errors.push({ field: 'email', message: F.emailTooLong })
  // The same check as the collection's e-mail field (src/lib/email.ts), so a saved record never fails it later.
  else if (!isValidEmail(email)) errors.push({ field: 'email', message: F.emailInvalid })

  const organisation = requiredText(
    errors,
    'organisation',
    input.organisation,
    F.organisationMissing,
    F.organisationTooLong,
  )
  const fn = requiredText(errors, 'function', input.function, F.functionMissing, F.functionTooLong)

  const skjNumber = normaliseSkjNumber(input.skjNumber)
  if (skjNumber === null) errors.push({ field: 'skjNumber', message: F.skjInvalid })

  if (input.consent !== true) errors.push({ field: 'consent', message: F.consent })

  if (errors.length > 0) throw new RegistrationError('invalid-input', MESSAGES.invalidInput, errors)
  return { session: session as string, name, email: email as string, organisation, function: fn, skjNumber: skjNumber || null }
}
