import { type NextRequest, NextResponse } from 'next/server'

import { filteredFinderPath, personalCacheControl } from './src/lib/cacheControl'

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

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

/** Logged-in, previewing or personal: `private, no-store` instead of the page's public caching. */
function withPersonalCacheControl(request: NextRequest, response: NextResponse): NextResponse {
  const cacheControl = personalCacheControl(request.nextUrl.pathname, (name) => request.cookies.has(name))
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
  const malformed = refuseMalformedPath(request)
  if (malformed) return malformed
  const filtered = filteredFinderPath(request.nextUrl.pathname, request.nextUrl.search)
  if (filtered) return withPersonalCacheControl(request, NextResponse.rewrite(new URL(filtered, request.url)))
  if (!isAdminPath(request.nextUrl.pathname)) return withPersonalCacheControl(request, NextResponse.next())
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()

  // Also on the request itself, so that this first page is already rendered in Dutch.
  request.cookies.set(LANGUAGE_COOKIE, 'nl')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'nl', { path: '/', sameSite: 'lax', maxAge: ONE_YEAR })
  return response
}

export const config = {
  // Every path but Next's own static files: the %-encoding check applies to all routes.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
