import crypto from 'node:crypto'

/**
 * Confirmation and manage links carry a token only this server can make: an HMAC, keyed with the
 * Payload secret, over the subscription's id and creation time. The database keeps only its
 * SHA-256 hash, so a copy of the database can neither confirm nor unsubscribe anyone; the mail
 * job rebuilds the link at send time.
 */
export type TokenPurpose = 'confirm' | 'manage'

export type TokenSubject = { id: number | string; createdAt: string }

export function alertToken(secret: string, purpose: TokenPurpose, subject: TokenSubject): string {
  return crypto
    .createHmac('sha256', secret)
    .update(`alert-${purpose}:${subject.id}:${subject.createdAt}`)
    .digest('base64url')
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex')

/** As we make them: 43 base64url characters. Anything else is not looked up. */
export const isWellFormedToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

/** One subscription per address per list. */
export const subscriptionKey = (listId: number | string, email: string) =>
  crypto.createHash('sha256').update(`${listId}:${email.trim().toLowerCase()}`, 'utf8').digest('hex')
