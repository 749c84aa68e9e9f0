import { NextResponse } from 'next/server'

import { safeLocalPath } from '@/lib/localPath'
import { isRegionSlug, REGION_COOKIE } from '@/lib/regionCookie'

const ONE_YEAR = 60 * 60 * 24 * 365

/** The region picker posts here (works without JavaScript); an empty choice clears the cookie. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null)
  const region = form?.get('regio')
  // Only a path on this site (the form's field, or ?terug= in the address), never another host.
  const returnTo = form?.get('terug') ?? new URL(request.url).searchParams.get('terug')
  // A relative Location: behind a proxy (or on 127.0.0.1 vs localhost) request.url may name
  // another host than the browser used, and the cookie would not travel with the redirect.
  const response = new NextResponse(null, { status: 303, headers: { Location: safeLocalPath(returnTo) } })
  if (typeof region === 'string' && isRegionSlug(region)) {
    response.cookies.set(REGION_COOKIE, region, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: false })
  } else {
    response.cookies.delete(REGION_COOKIE)
  }
  return response
}
