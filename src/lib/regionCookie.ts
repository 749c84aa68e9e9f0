/**
 * The region a visitor chose on the home page; a functional cookie, no personal data. Readable by
 * the page's script (not HttpOnly): the cached home page picks the region in the browser.
 */
export const REGION_COOKIE = 'portaal-regio'

export const isRegionSlug = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value)
