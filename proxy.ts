import { type NextRequest, NextResponse } from 'next/server'

/** Payload reads the admin language from this cookie before it looks at Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'
const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The admin speaks Dutch unless the editor chose otherwise. Without this an English browser would
 * get an English admin, because Payload prefers Accept-Language over the fallback language. A
 * choice made in the account settings sets the same cookie, and then this leaves it alone.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()

  // Also on the request itself, so that this first page is already rendered in Dutch.
  request.cookies.set(LANGUAGE_COOKIE, 'nl')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'nl', { path: '/', sameSite: 'lax', maxAge: ONE_YEAR })
  return response
}

export const config = {
  matcher: ['/admin', '/admin/:path*'],
}
