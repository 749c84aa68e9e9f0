import crypto from 'node:crypto'

/**
 * The cancel link carries a token that only this server can make: an HMAC over a random salt,
 * keyed with the Payload secret. The database keeps the salt and the token's SHA-256 hash, never
 * the token, so a copy of the database cannot cancel anyone; the mail job
 * can still rebuild the link at send time (after a retry, too) without storing it anywhere.
 */
export function newTokenSalt(): string {
  return crypto.randomBytes(16).toString('hex')
}

export function cancelToken(secret: string, salt: string): string {
  return crypto.createHmac('sha256', secret).update(`registration-cancel:${salt}`).digest('base64url')
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A token as we make them: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}

/** One active registration per e-mail address per session, enforced by a unique index on this key. */
export function activeKey(sessionId: number | string, email: string): string {
  return crypto.createHash('sha256').update(`${sessionId}:${email.trim().toLowerCase()}`, 'utf8').digest('hex')
}

/** A cancelled or erased registration gives its key up, so the person can register again. */
export const releasedKey = (registrationId: number | string) => `released:${registrationId}`
