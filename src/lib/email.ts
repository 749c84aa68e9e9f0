/**
 * The one e-mail check of the portal: the registration form and API, and the collection field
 * that stores the address, ask this same function, so nothing the form accepts can be refused
 * later when the record is saved again (which used to end in an error log with the address in it).
 * The pattern is Payload's own e-mail validation (payload/dist/fields/validations.js), plus the
 * RFC 5321 lengths: ASCII only, no quotes or spaces, no double dots, a domain with a real TLD.
 */
const EMAIL_PATTERN =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

export const EMAIL_MAX_LENGTH = 254

export function isValidEmail(value: string): boolean {
  if (value.length > EMAIL_MAX_LENGTH) return false
  const at = value.lastIndexOf('@')
  if (at < 1 || at > 64) return false
  return EMAIL_PATTERN.test(value)
}

const ADDRESS_LIKE = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g

/** Text with every e-mail address in it replaced, for log lines. */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS_LIKE, '[e-mailadres]')
}

/**
 * An error as a log may show it: its kind, code and message without addresses, and no data or
 * stack trace of values. Payload's ValidationError carries the submitted values in `data`.
 */
export function loggableError(error: unknown): { name: string; message: string; code?: unknown; status?: unknown } {
  const e = error as { name?: unknown; message?: unknown; code?: unknown; status?: unknown } | null
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: withoutAddresses(typeof e?.message === 'string' ? e.message : String(error)),
    ...(e?.code !== undefined ? { code: e.code } : {}),
    ...(e?.status !== undefined ? { status: e.status } : {}),
  }
}
