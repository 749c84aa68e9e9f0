import { cookies } from 'next/headers'

/** The region a visitor chose on the home page; a functional cookie, no personal data. */
export const REGION_COOKIE = 'portaal-regio'

export async function chosenRegionSlug(): Promise<string | null> {
  const value = (await cookies()).get(REGION_COOKIE)?.value
  return value && /^[a-z0-9-]{1,80}$/.test(value) ? value : null
}
