/**
 * The origins whose requests may use the login cookie. Payload then ignores the cookie on a request
 * from any other site (and, without an Origin header, on one that is not same-site per
 * Sec-Fetch-Site), so a page elsewhere cannot act as a logged-in editor. Scripts and tests send the
 * token in the Authorization header instead, which no other site can read.
 *
 * PUBLIC_URL is where the portal answers; without it the portal runs locally on PORT (next start's
 * default 3000), reachable as localhost and as 127.0.0.1. CSRF_ORIGINS adds more, comma-separated.
 */
export function csrfOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.CSRF_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin)
  const own = env.PUBLIC_URL
    ? [new URL(env.PUBLIC_URL).origin]
    : [`http://localhost:${env.PORT || '3000'}`, `http://127.0.0.1:${env.PORT || '3000'}`]
  return [...new Set([...own, ...extra])]
}
