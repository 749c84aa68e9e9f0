// Security headers for every response, and the admin's colour-scheme hints. Plain JavaScript so
// that next.config.mjs can import it as well as proxy.ts. The choice of policy is explained in
// docs/adr/0005-content-security-policy.md.

/** Directives every page and response shares. */
const COMMON = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
]

/**
 * Public pages, the API and static files: no per-request nonce, so Next can keep serving public
 * pages from its full-route cache. Next's App Router writes its RSC payload as inline scripts
 * whose content differs per page and build; 'unsafe-inline' lets them run. What the policy still
 * forbids: eval and new Function (no 'unsafe-eval'), scripts from any other origin, plugins,
 * <base> hijacking, forms posting elsewhere, and being framed by another site.
 * @param {{ development?: boolean }} [options]
 */
export function publicContentSecurityPolicy({ development = false } = {}) {
  return [
    ...COMMON,
    // Next's development overlay and React's debugging need eval; a production build does not.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
  ].join('; ')
}

/**
 * The admin is rendered per request anyway (it reads the session cookie), so it gets a nonce:
 * Next puts the nonce it finds in this request header on its own scripts, and 'strict-dynamic'
 * lets the scripts those load run. Inline script without the nonce does not run.
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 */
export function adminContentSecurityPolicy(nonce, { development = false } = {}) {
  return [
    ...COMMON,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // The admin's components set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
  ].join('; ')
}

/**
 * The headers besides the Content-Security-Policy, for every response.
 * @param {{ production?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ production = true } = {}) {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // Browsers ignore this on plain HTTP, so it does no harm to a loopback test server.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}

/** Paths whose pages get the nonce policy from the proxy instead of the static one. */
export const isAdminPath = (/** @type {string} */ pathname) => pathname === '/admin' || pathname.startsWith('/admin/')

/**
 * Payload's admin renders its light or dark theme on the server from the browser's
 * `Sec-CH-Prefers-Color-Scheme` hint; these response headers ask the browser to send it.
 * `withPayload` adds them to every path ('/:path*'); the portal sends them on the admin only
 * (proxy.ts), because on a public page:
 * - `Critical-CH` makes Chromium send a first visit's request twice, the second time with the hint;
 * - the extra header rule costs every cached page a path match that decodes its parameters.
 */
export const ADMIN_CLIENT_HINTS = [
  { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
  { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
  { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
]

/**
 * next.config's header rules without the one of `withPayload` that sends exactly
 * ADMIN_CLIENT_HINTS on every path; any other rule stays.
 * @template {{ source: string, headers: { key: string, value: string }[] }} Rule
 * @param {Rule[]} rules
 * @returns {Rule[]}
 */
export function withoutPayloadClientHints(rules) {
  const hint = (/** @type {{ key: string, value: string }} */ header) =>
    ADMIN_CLIENT_HINTS.some(({ key, value }) => key === header.key && value === header.value)
  return rules.filter((rule) => !(rule.source === '/:path*' && rule.headers.length > 0 && rule.headers.every(hint)))
}
