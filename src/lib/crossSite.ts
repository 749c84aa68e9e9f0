/**
 * Whether a form post came from another site: the browser says so (Sec-Fetch-Site), or the Origin
 * it sends names another host. A form elsewhere may not post to ours.
 */
export function crossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return false
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}
