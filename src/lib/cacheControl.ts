/** Cookies that make a request personal: an editor's login, and Next's draft mode (preview). */
export const PERSONAL_COOKIES = ['payload-token', '__prerender_bypass'] as const

/** Paths whose answers are about one person (a registration, a subscription): never stored. */
const PERSONAL_PATHS = [/^\/scholing\/annuleren(\/|$)/, /^\/scholing\/[^/]+\/(inschrijven|uitkomst)(\/|$)/, /^\/meldingen(\/|$)/, /^\/preview(\/|$)/, /^\/regio-kiezen(\/|$)/, /^\/escalatiemodel\/wegwijzer(\/|$)/]

export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/**
 * What a cached public answer says to caches in front (the same as Next's for its cached pages,
 * plus `public`): a proxy may keep it 30 s and serve it stale while it fetches a new one; a
 * browser asks again each time. Used by route handlers that set their own headers (feeds).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=300'

/**
 * Next's metadata routes come from the full-route cache like the pages, but Next answers them with
 * `max-age=0, must-revalidate`, which no HTTP cache in front may keep.
 */
const CACHED_METADATA_ROUTES = new Set(['/sitemap.xml', '/robots.txt'])

/**
 * The Cache-Control a public answer must carry instead of Next's own, or null to keep Next's
 * (`s-maxage=30, stale-while-revalidate=…` for a cached page, `private, no-cache, no-store` for
 * one rendered per request). An editor who is logged in or previewing, and pages about one
 * person, are never stored by a browser or a proxy, even where the HTML is the public one; the
 * sitemap and robots.txt get the public pages' header.
 */
export function cacheControlOverride(pathname: string, hasCookie: (name: string) => boolean): string | null {
  if (pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/')) return null
  if (PERSONAL_COOKIES.some(hasCookie)) return PRIVATE_CACHE_CONTROL
  if (PERSONAL_PATHS.some((pattern) => pattern.test(pathname))) return PRIVATE_CACHE_CONTROL
  if (CACHED_METADATA_ROUTES.has(pathname)) return PUBLIC_CACHE_CONTROL
  return null
}

/** Finders whose list without filters is cached; with filters they are rendered per request. */
const CACHED_FINDERS = new Set(['/werkwijzen', '/vacatures', '/scholing', '/toekomsttuinen', '/monitor'])

/** An indicator's page of the monitor (not its CSV download). */
const INDICATOR_PAGE = /^\/monitor\/(?!cijfers\.csv$)[^/]+$/
/** The parameters of an indicator's selection (src/monitor/filters.ts). */
const INDICATOR_FILTERS = ['regio', 'van', 'tot']

/** A training's own page (not /scholing/annuleren or /scholing/sessies/…). */
const TRAINING_PAGE = /^\/scholing\/(?!annuleren$|sessies$)([^/]+)$/

/**
 * Where proxy.ts sends a request that must be rendered per request although its address is that of
 * a cached page, or null: the cached page answers.
 * - a finder with filters in its address (`/werkwijzen?regio=…` → `/gefilterd/werkwijzen?regio=…`);
 * - a training page with the outcome of a registration (`/scholing/x?inschrijving=…` →
 *   `/scholing/x/uitkomst?inschrijving=…`);
 * - an indicator of the monitor with a selection of regions or quarters (`/monitor/x?regio=…` →
 *   `/monitor/x/gefilterd?regio=…`);
 * - the escalation model with a step of its guide in the address (`/escalatiemodel?stap=…` →
 *   `/escalatiemodel/wegwijzer?stap=…`), where the region the visitor chose (a cookie) picks the
 *   contacts; the model itself, where the guide starts, is the same for everyone.
 */
export function perRequestPath(pathname: string, search: string): string | null {
  if (!search || search === '?') return null
  if (pathname === '/escalatiemodel') return `/escalatiemodel/wegwijzer${search}`
  if (CACHED_FINDERS.has(pathname)) return `/gefilterd${pathname}${search}`
  if (TRAINING_PAGE.test(pathname) && new URLSearchParams(search).has('inschrijving')) return `${pathname}/uitkomst${search}`
  if (INDICATOR_PAGE.test(pathname) && INDICATOR_FILTERS.some((key) => new URLSearchParams(search).has(key)))
    return `${pathname}/gefilterd${search}`
  return null
}
