/**
 * The portal's one error type: a code to test on, an HTTP status, a Dutch message the visitor or
 * editor sees as it is, and optional field errors. Recognised by a brand property, never by
 * `instanceof` or a class name: the production build can hold two copies of a module (and
 * minifies class names), so an error made by one copy must still be recognised by the other.
 * See docs/adr/0004-errors-and-validation.md.
 */

export type FieldError = { field: string; message: string }

/** The two answers that are not the visitor's to put right. */
export const UNEXPECTED_MESSAGE = 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'
export const BUSY_MESSAGE = 'Het is nu erg druk. Probeer het over een minuut opnieuw.'

/** The brand: a string key, so it survives minification and module copies alike. */
export const PORTAL_ERROR_BRAND = 'isPortalError'

/** Every code the portal answers with, and its HTTP status: the one table. */
export const ERROR_STATUS = {
  'invalid-input': 400,
  invalid: 400,
  malformed: 400,
  'unknown-filter': 400,
  'too-large': 413,
  'unsupported-media-type': 415,
  'unknown-session': 404,
  'unknown-page': 404,
  'invalid-token': 404,
  'bad-token': 404,
  'session-cancelled': 409,
  'session-past': 409,
  'window-not-open': 409,
  'window-closed': 409,
  duplicate: 409,
  'waitlist-full': 409,
  'workflow-refused': 403,
  'upload-refused': 400,
  busy: 503,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export type PortalErrorJson = { code: string; message: string; errors: FieldError[] }

export interface PortalError extends Error {
  readonly [PORTAL_ERROR_BRAND]: true
  readonly code: ErrorCode
  readonly httpStatus: number
  readonly errors: FieldError[]
  toJSON(): PortalErrorJson
}

/** The base of the portal's own error classes; recognised by the brand (isPortalError), not the class. */
export class PortalErrorBase extends Error implements PortalError {
  readonly [PORTAL_ERROR_BRAND] = true as const
  readonly httpStatus: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message)
    this.httpStatus = ERROR_STATUS[code]
  }
  toJSON(): PortalErrorJson {
    return { code: this.code, message: this.message, errors: this.errors }
  }
}

/** Makes a portal error. A plain Error with the brand, so no class has to survive bundling. */
export function portalError(code: ErrorCode, message: string, errors: FieldError[] = []): PortalError {
  return Object.assign(new Error(message), {
    [PORTAL_ERROR_BRAND]: true as const,
    code,
    httpStatus: ERROR_STATUS[code],
    errors,
    toJSON(this: PortalError): PortalErrorJson {
      return { code: this.code, message: this.message, errors: this.errors }
    },
  })
}

/** Recognises a portal error by its brand, code and status, from whichever copy of this module. */
export function isPortalError(error: unknown): error is PortalError {
  if (typeof error !== 'object' || error === null) return false
  const { code, httpStatus } = error as { code?: unknown; httpStatus?: unknown }
  return (
    (error as Record<string, unknown>)[PORTAL_ERROR_BRAND] === true &&
    typeof code === 'string' &&
    Object.hasOwn(ERROR_STATUS, code) &&
    httpStatus === ERROR_STATUS[code as ErrorCode]
  )
}

/**
 * Payload's ValidationError, by shape (status 400 and `data.errors` of `{ path, message }`): its
 * class can exist twice in the production build and its name is minified. Gives the field errors,
 * or null for any other error.
 */
export function payloadFieldErrors(error: unknown): FieldError[] | null {
  if (typeof error !== 'object' || error === null) return null
  const { status, data } = error as { status?: unknown; data?: { errors?: unknown } }
  const errors = data?.errors
  if (status !== 400 || !Array.isArray(errors)) return null
  const fields = errors.filter(
    (e): e is { path: string; message: string } => typeof e?.path === 'string' && typeof e?.message === 'string',
  )
  return fields.length === errors.length ? fields.map(({ path, message }) => ({ field: path, message })) : null
}

/** A portal error for anything the visitor can put right: our own, or Payload's validation errors. */
export function asPortalError(error: unknown): PortalError | null {
  if (isPortalError(error)) return error
  const fields = payloadFieldErrors(error)
  if (fields) return portalError('invalid-input', String((error as Error).message ?? ''), fields)
  return null
}
