import type { CollectionSlug } from 'payload'

import { siteUrl } from '../lib/seo'
import { COLLECTION_PATHS } from '../lib/urls'

/**
 * The collections whose documents have a page of their own at `<base>/<slug>`: changing the slug
 * of one moves a public URL, so the old URL gets a redirect. Documents (a series of versions that
 * share one slug) are not among them.
 */
export const REDIRECTED_COLLECTIONS = [
  'pages',
  'building-blocks',
  'working-methods',
  'trainings',
  'vacancies',
  'regions',
  'pilots',
] as const satisfies readonly CollectionSlug[]

export type RedirectedCollection = (typeof REDIRECTED_COLLECTIONS)[number]

export const isRedirectedCollection = (slug: string): slug is RedirectedCollection =>
  (REDIRECTED_COLLECTIONS as readonly string[]).includes(slug)

/** The longest path a redirect is looked up or stored for; anything longer is no page of ours. */
export const MAX_REDIRECT_PATH = 300

/** Paths that belong to the admin, the API and Next itself: never redirected. */
const RESERVED = /^\/(admin|api|_next)(\/|$)/

/**
 * The one form a redirect's path is stored and looked up in: a site-relative path, decoded, without
 * query, fragment or trailing slash (`https://portaal.example.org/privacy/?x=1` → `/privacy`). Null
 * for what is no path of this site: empty, too long, with spaces or control characters, `//host`,
 * or under /admin, /api or /_next.
 */
export function normaliseRedirectPath(input: unknown): string | null {
  if (typeof input !== 'string') return null
  let value = input.trim()
  if (value === '' || value.length > MAX_REDIRECT_PATH * 3) return null
  if (/^https?:\/\//i.test(value)) {
    try {
      value = new URL(value).pathname
    } catch {
      return null
    }
  }
  value = value.replace(/[?#].*$/, '')
  if (!value.startsWith('/') || value.startsWith('//')) return null
  try {
    value = decodeURIComponent(value)
  } catch {
    return null
  }
  value = value.replace(/\/+$/, '') || '/'
  if (value.length > MAX_REDIRECT_PATH || /[\s\u0000-\u001f\u007f]/.test(value)) return null
  if (RESERVED.test(value)) return null
  return value
}

/** The public path of a document of a redirected collection (`/werkwijzen/<slug>`). */
export function documentUrlPath(collection: RedirectedCollection, slug: string): string {
  return `${COLLECTION_PATHS[collection]}/${slug}`
}

/**
 * Where a custom target may point: a path of this site (normalised as above), or an absolute
 * http(s) address elsewhere. Null when it is neither.
 */
export function normaliseRedirectTarget(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const value = input.trim()
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value)
      // An address of this portal is stored as its path, so chains through it are seen.
      if (url.host === new URL(siteUrl()).host) return normaliseRedirectPath(url.pathname)
      return value.length <= 2000 ? url.toString() : null
    } catch {
      return null
    }
  }
  return normaliseRedirectPath(value)
}
