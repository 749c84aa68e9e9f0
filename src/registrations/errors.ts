/** A reason a registration action cannot go ahead, with the Dutch message the visitor sees. */
export type FieldError = { field: string; message: string }

export type RegistrationErrorCode =
  | 'invalid-input'
  | 'malformed'
  | 'too-large'
  | 'unsupported-media-type'
  | 'unknown-session'
  | 'session-cancelled'
  | 'session-past'
  | 'window-not-open'
  | 'window-closed'
  | 'duplicate'
  | 'waitlist-full'
  | 'invalid-token'
  | 'busy'

const HTTP_STATUS: Record<RegistrationErrorCode, number> = {
  'invalid-input': 400,
  malformed: 400,
  'too-large': 413,
  'unsupported-media-type': 415,
  'unknown-session': 404,
  'session-cancelled': 409,
  'session-past': 409,
  'window-not-open': 409,
  'window-closed': 409,
  duplicate: 409,
  'waitlist-full': 409,
  'invalid-token': 404,
  busy: 503,
}

export class RegistrationError extends Error {
  readonly httpStatus: number

  constructor(
    readonly code: RegistrationErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message)
    this.name = 'RegistrationError'
    this.httpStatus = HTTP_STATUS[code]
  }

  toJSON() {
    return { code: this.code, message: this.message, errors: this.errors }
  }
}

/**
 * By shape, not `instanceof`: the production build can bundle this module (and Payload's error
 * classes) more than once, and then a class check fails for an error made by the other copy.
 */
export function isRegistrationError(error: unknown): error is RegistrationError {
  if (typeof error !== 'object' || error === null) return false
  const { code, httpStatus } = error as { code?: unknown; httpStatus?: unknown }
  return typeof code === 'string' && Object.hasOwn(HTTP_STATUS, code) && httpStatus === HTTP_STATUS[code as RegistrationErrorCode]
}
