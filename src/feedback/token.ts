import crypto from 'node:crypto'

/**
 * The form carries the moment its page was rendered, signed with the portal's secret. A post
 * without a valid one did not come from our form; one sent within MIN_SECONDS of the render was
 * not typed by a person. Cached pages carry an older moment, which only makes the check easier
 * to pass for real readers; there is no upper bound, because a cached page may be old.
 */
export const MIN_SECONDS = 2

const sign = (secret: string, target: string, slug: string, at: number) =>
  crypto.createHmac('sha256', secret).update(`feedback:${target}:${slug}:${at}`).digest('base64url').slice(0, 22)

export function feedbackToken(secret: string, target: string, slug: string, now = Date.now()): string {
  const at = Math.floor(now / 1000)
  return `${at}.${sign(secret, target, slug, at)}`
}

export type TokenCheck = 'ok' | 'invalid' | 'too-fast'

export function checkFeedbackToken(secret: string, target: string, slug: string, token: unknown, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length > 64) return 'invalid'
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return 'invalid'
  const at = Number(match[1])
  const expected = Buffer.from(sign(secret, target, slug, at))
  const given = Buffer.from(match[2]!)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'invalid'
  return now / 1000 - at < MIN_SECONDS ? 'too-fast' : 'ok'
}
