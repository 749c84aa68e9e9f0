/** Any origin will do: it only tells whether a path would leave the site once a browser resolves it. */
const PROBE_ORIGIN = 'http://portaal.invalid'

/**
 * A path on this site to send a visitor back to, or '/' for anything else. Browsers read a
 * backslash as a slash (`/\evil.example` is `//evil.example`, another host) and drop tabs and
 * newlines, so those are refused outright; what is left must resolve to this origin.
 */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_000) return fallback
  if (!value.startsWith('/') || value.startsWith('//')) return fallback
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, PROBE_ORIGIN)
  } catch {
    return fallback
  }
  if (url.origin !== PROBE_ORIGIN) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
