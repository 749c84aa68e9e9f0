import { cookies } from 'next/headers'

import { isRegionSlug, REGION_COOKIE } from './regionCookie'

export { REGION_COOKIE }

/** The chosen region on the server; only for pages that are rendered per request anyway. */
export async function chosenRegionSlug(): Promise<string | null> {
  const value = (await cookies()).get(REGION_COOKIE)?.value
  return isRegionSlug(value) ? value : null
}
