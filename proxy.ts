import { type NextRequest, NextResponse } from 'next/server'

import { cacheControlOverride, perRequestPath } from './src/lib/cacheControl'
import { cleanRequestId, REQUEST_ID_HEADER } from './src/lib/requestId'
import { ADMIN_CLIENT_HINTS, adminContentSecurityPolicy, isAdminPath } from './src/security/headers.mjs'

/**
 * A path with broken %-encoding (`/bouwstenen/%ZZ`) cannot name any page: Next's decoding of the
 * route parameters threw on it and the visitor got a 500. Refused here, once, for every route.
 */
function refuseMalformedPath(request: NextRequest): NextResponse | null {
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return null
  } catch {
    return new NextResponse('Dit adres is ongeldig: het bevat een verkeerd gecodeerd teken (%).', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': 'nl', 'Cache-Control': 'no-store' },
    })
  }
}

/** Logged-in, previewing or personal: `private, no-store` instead of the page's public caching; metadata routes public. */
function withCacheControl(request: NextRequest, response: NextResponse): NextResponse {
  const cacheControl = cacheControlOverride(request.nextUrl.pathname, (name) => request.cookies.has(name))
  if (cacheControl) response.headers.set('Cache-Control', cacheControl)
  return response
}

/** Payload reads the admin language from this cookie before it looks at Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'
const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The admin speaks Dutch unless the editor chose otherwise. Without this an English browser would
 * get an English admin, because Payload prefers Accept-Language over the fallback language. A
 * choice made in the account settings sets the same cookie, and then this leaves it alone.
 */
export function proxy(request: NextRequest): NextResponse {
  // Every request gets an id (one from the proxy in front of us is kept when it is plain): the
  // routes log it on each line and a 5xx answer names it (src/lib/requestContext.ts).
  const requestId = cleanRequestId(request.headers.get(REQUEST_ID_HEADER)) ?? crypto.randomUUID()
  request.headers.set(REQUEST_ID_HEADER, requestId)
  const malformed = refuseMalformedPath(request)
  if (malformed) {
    malformed.headers.set(REQUEST_ID_HEADER, requestId)
    return malformed
  }
  const admin = isAdminPath(request.nextUrl.pathname)
  if (!admin) {
    // Public paths: a filtered finder view and a registration's outcome are rendered per request
    // (the pages without them are cached), and anything personal is marked private, no-store
    // (src/lib/cacheControl.ts).
    const perRequest = perRequestPath(request.nextUrl.pathname, request.nextUrl.search)
    const response = perRequest
      ? NextResponse.rewrite(new URL(perRequest, request.url), { request: { headers: request.headers } })
      : NextResponse.next({ request: { headers: request.headers } })
    response.headers.set(REQUEST_ID_HEADER, requestId)
    return withCacheControl(request, response)
  }
  const hadLanguage = request.cookies.has(LANGUAGE_COOKIE)
  // The admin is rendered per request: Next puts the nonce it finds in the request's
  // Content-Security-Policy on its scripts (docs/adr/0005-content-security-policy.md).
  const nonce = btoa(crypto.randomUUID())
  request.headers.set(
    'Content-Security-Policy',
    adminContentSecurityPolicy(nonce, { development: process.env.NODE_ENV !== 'production' }),
  )
  // Also on the request itself, so that this first page is already rendered in Dutch.
  if (!hadLanguage) request.cookies.set(LANGUAGE_COOKIE, 'nl')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.headers.set(REQUEST_ID_HEADER, requestId)
  response.headers.set('Content-Security-Policy', request.headers.get('Content-Security-Policy')!)
  for (const { key, value } of ADMIN_CLIENT_HINTS) response.headers.set(key, value)
  if (!hadLanguage) {
    response.cookies.set(LANGUAGE_COOKIE, 'nl', { path: '/', sameSite: 'lax', maxAge: ONE_YEAR, secure: secureCookies(request) })
  }
  return response
}

/** Cookies are Secure when the visitor reached us over HTTPS (directly or through the proxy in front). */
const secureCookies = (request: NextRequest) =>
  request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'

/*
 * Where the proxy runs. Not on every request: running it costs a cached page about a third of its
 * throughput (bench/RESULTS.md), and an anonymous visitor's published page needs none of its work.
 * So it runs for:
 * - the admin, the API and the routes that are personal, posted to or rendered per request;
 * - any path with a %-sign (the malformed-encoding check above);
 * - every path when an editor is logged in or previewing (private, no-store);
 * - a finder with one of its filter parameters (rewritten to /gefilterd), and a training page with
 *   a registration's outcome (rewritten to its /uitkomst), a monitor indicator with a selection
 *   (rewritten to its /gefilterd), and the escalation model with a step of
 *   its guide (rewritten to /escalatiemodel/wegwijzer).
 * Next reads this object at build time, so it must be written out literally. The finders' filter
 * parameters are listed by hand: tests/e2e/cache.e2e.spec.ts follows every filter and page link
 * of every finder and fails when one of them is served the cached, unfiltered list, and
 * tests/unit/proxy.spec.ts runs Next's compiled matcher over the paths above.
 * Entries share a line where they can: on every request Next builds a RegExp for each entry and
 * tries it twice (37 entries took about 7 % of a cached page's CPU, profiled under wrk).
 */
export const config = {
  matcher: [
    // The admin, the routes rendered per request or about one person, the sitemap and robots.txt.
    '/((?:admin|gefilterd|meldingen|preview|reactie|regio-kiezen|zoeken|scholing/annuleren|scholing/[^/]+/inschrijven)(?:/.*)?|sitemap\\.xml|robots\\.txt)',
    // Not /api/search: as-you-type traffic, anonymous, and nothing in it the proxy adds.
    '/api/:path((?!search$).*)',
    '/:path(.*%.*)',
    { source: '/((?!_next/static|_next/image|favicon.ico).*)', has: [{ type: 'cookie', key: 'payload-token' }] },
    { source: '/((?!_next/static|_next/image|favicon.ico).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/scholing/:slug', has: [{ type: 'query', key: 'inschrijving' }] },
    { source: '/escalatiemodel', has: [{ type: 'query', key: 'stap' }] },
    { source: '/escalatiemodel', has: [{ type: 'query', key: 'uitkomst' }] },
    // One entry per parameter (a matcher's conditions all have to hold), each for every path that takes it.
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor|monitor/[^/]+|escalatiemodel)', has: [{ type: 'query', key: 'regio' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor|monitor/[^/]+)', has: [{ type: 'query', key: 'van' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor|monitor/[^/]+)', has: [{ type: 'query', key: 'tot' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'bouwsteen' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'voor' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'vorm' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'wanneer' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'organisatie' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'functie' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'uren' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'soort' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'status' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'q' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'sorteer' }] },
    { source: '/(werkwijzen|vacatures|scholing|toekomsttuinen|monitor)', has: [{ type: 'query', key: 'pagina' }] },
  ],
}
