import type { CollectionSlug, GlobalSlug } from 'payload'

/** Public path of each content type: the one mapping pages, links, sitemap and search share. */
export const COLLECTION_PATHS: Partial<Record<CollectionSlug, string>> = {
  'building-blocks': '/bouwstenen',
  'working-methods': '/werkwijzen',
  trainings: '/scholing',
  vacancies: '/vacatures',
  regions: '/regios',
  pilots: '/toekomsttuinen',
  pages: '/paginas',
  documents: '/documenten',
}

/** Base path of a content type's pages (`/werkwijzen`); an error for a type without pages. */
export function collectionPath(collection: CollectionSlug): string {
  const base = COLLECTION_PATHS[collection]
  if (!base) throw new Error(`${collection} heeft geen eigen pagina's.`)
  return base
}

type Slug = string | null | undefined

/** Detail pages, by content type: every link to one goes through here. */
export const paths = {
  buildingBlock: (slug: Slug) => `/bouwstenen/${slug ?? ''}`,
  workingMethod: (slug: Slug) => `/werkwijzen/${slug ?? ''}`,
  training: (slug: Slug) => `/scholing/${slug ?? ''}`,
  vacancy: (slug: Slug) => `/vacatures/${slug ?? ''}`,
  region: (slug: Slug) => `/regios/${slug ?? ''}`,
  pilot: (slug: Slug) => `/toekomsttuinen/${slug ?? ''}`,
  page: (slug: Slug) => `/paginas/${slug ?? ''}`,
  document: (slug: Slug) => `/documenten/${slug ?? ''}`,
  /** A local agreement is a section of its region's page. */
  regionAgreement: (regionSlug: Slug, agreementSlug: Slug) => `/regios/${regionSlug ?? ''}#${agreementSlug ?? ''}`,
  glossaryTerm: (slug: Slug) => `/begrippen#${slug ?? ''}`,
  monitorIndicator: (slug: Slug) => `/monitor/${slug ?? ''}`,
  /** "Was deze pagina nuttig?" posts here from every content page. */
  feedback: '/reactie',
  /** The accessibility statement (a page; /toegankelijkheid redirects here). */
  accessibilityStatement: '/paginas/toegankelijkheidsverklaring',
  /** The no-JavaScript registration form posts here. */
  trainingRegistration: (slug: Slug) => `/scholing/${slug ?? ''}/inschrijven`,
} as const

/** The search page; the header links here on a phone, where the box itself would take the screen. */
export const SEARCH_PATH = '/zoeken'

type Linkable = { slug?: string | null; region?: unknown } & Record<string, unknown>

/** URL of a document on the public site, or null when the type has no page of its own. */
export function documentPath(collection: string, doc: Linkable): string | null {
  if (!doc?.slug) return null
  if (collection === 'glossary-terms') return `/begrippen#${doc.slug}`
  if (collection === 'local-agreements') {
    const region = doc.region as { slug?: string } | null
    return region && typeof region === 'object' && region.slug ? `/regios/${region.slug}#${doc.slug}` : '/regios'
  }
  if (collection === 'organisations') return `/regios#organisaties`
  const base = COLLECTION_PATHS[collection as CollectionSlug]
  return base ? `${base}/${doc.slug}` : null
}

/** The monitor with a selection (regions, quarters) in the URL: /monitor?regio=…&van=…&tot=… */
type MonitorSelection = { regions?: string[]; from?: string | null; to?: string | null }

function monitorQuery({ regions = [], from, to }: MonitorSelection = {}, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  for (const region of regions) if (region) params.append('regio', region)
  if (from) params.set('van', from)
  if (to) params.set('tot', to)
  for (const [key, value] of Object.entries(extra)) params.set(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const monitorPath = (selection?: MonitorSelection) => `/monitor${monitorQuery(selection)}`
export const monitorIndicatorPath = (slug: string, selection?: MonitorSelection) =>
  `/monitor/${slug}${monitorQuery(selection)}`
/** CSV of a selection; `indicator` narrows it to one KPI. */
export const monitorCsvPath = (selection?: MonitorSelection, indicator?: string | null) =>
  `/monitor/cijfers.csv${monitorQuery(selection, indicator ? { indicator } : {})}`
/** Finders that offer an Atom feed and e-mail alerts, by their public path. */
export type FeedFinder = 'vacatures' | 'scholing' | 'werkwijzen'

/** The Atom feed of a finder view; `query` is the finder's own URL parameters. */
export const feedPath = (finder: FeedFinder, query = '') => `/${finder}/feed.atom${query ? `?${query}` : ''}`

/** The Atom feed of a region's news (local agreements, toekomsttuinen, regional working methods). */
export const regionFeedPath = (slug: string) => `/regios/${slug}/feed.atom`

/** The page where a visitor subscribes to e-mail about a finder view. */
export const alertSignupPath = (finder: FeedFinder, query = '') =>
  `/meldingen/aanmelden?lijst=${finder}${query ? `&${query}` : ''}`

/** The page where a subscriber manages a subscription (the token comes from their e-mail). */
export const alertManagePath = (token: string) => `/meldingen/beheren?token=${encodeURIComponent(token)}`

/** The printable A4 work card of a working method as a PDF (drawn server-side from the same content). */
export const workCardPdfPath = (slug: string) => `/werkwijzen/${slug}/werkkaart.pdf`

/**
 * The preview route the admin's live preview opens: it switches on draft mode for a signed-in
 * editor who may read the draft and sends them to the document's page (app/(frontend)/preview).
 */
export const previewPath = (target: { collection: string; slug?: string | null } | { global: string }) =>
  'global' in target
    ? `/preview?global=${encodeURIComponent(target.global)}`
    : `/preview?collection=${encodeURIComponent(target.collection)}&slug=${encodeURIComponent(target.slug ?? '')}`

/**
 * A screen of the admin: a collection's list (with `query`, already encoded), its form for a new
 * document (`create`), one document (`id`), or a global. Dashboards, mails and reminders link here.
 */
export type AdminTarget =
  | { collection: CollectionSlug | (string & {}); id?: string | number; create?: true; query?: string }
  | { global: GlobalSlug | (string & {}) }

export function adminPath(target: AdminTarget): string {
  if ('global' in target) return `/admin/globals/${target.global}`
  const list = `/admin/collections/${target.collection}`
  if (target.create) return `${list}/create`
  if (target.id !== undefined) return `${list}/${target.id}`
  return target.query ? `${list}?${target.query}` : list
}
