import { ERROR_STATUS, type FieldError, PortalErrorBase } from '../errors'

export type { FieldError }

/** The codes a registration action can be refused with; their HTTP status is in src/errors. */
const REGISTRATION_CODES = [
  'invalid-input',
  'malformed',
  'too-large',
  'unsupported-media-type',
  'unknown-session',
  'session-cancelled',
  'session-past',
  'window-not-open',
  'window-closed',
  'duplicate',
  'waitlist-full',
  'invalid-token',
  'busy',
] as const

export type RegistrationErrorCode = (typeof REGISTRATION_CODES)[number]

/** A reason a registration action cannot go ahead, with the Dutch message the visitor sees. */
export class RegistrationError extends PortalErrorBase {
  declare readonly code: RegistrationErrorCode

  constructor(code: RegistrationErrorCode, message: string, errors: FieldError[] = []) {
    super(code, message, errors)
    this.name = 'RegistrationError'
  }
}

/**
 * By shape, not `instanceof`: the production build can bundle this module (and Payload's error
 * classes) more than once, and then a class check fails for an error made by the other copy.
 */
export function isRegistrationError(error: unknown): error is RegistrationError {
  if (typeof error !== 'object' || error === null) return false
  const { code, httpStatus } = error as { code?: unknown; httpStatus?: unknown }
  return (
    typeof code === 'string' &&
    (REGISTRATION_CODES as readonly string[]).includes(code) &&
    httpStatus === ERROR_STATUS[code as RegistrationErrorCode]
  )
}
