import { createRequire } from 'node:module'
import path from 'node:path'

import { revalidatePath, revalidateTag, unstable_cache } from 'next/cache'

/**
 * Public pages come from Next's full-route cache: the first anonymous visitor after a change
 * renders a page, everyone after that gets the stored HTML. What they read is cached per instance
 * too (unstable_cache below). Both are dropped as soon as anything is published, unpublished,
 * deleted or scheduled-published (src/plugins/revalidateContent.ts), so the next request shows it.
 *
 * One tag for all content, because pages show related items (a working method lists its building
 * blocks, the home page the newest vacancies, a region page nine kinds of documents): any edit may
 * change any page, and edits are rare next to reads. With REDIS_URL the cache is shared by all
 * instances (cache-handler.mjs), so an edit on one expires the pages of all; without it
 * `PAGE_LIFETIME_SECONDS` bounds how long another instance or an HTTP cache in front shows an
 * older version.
 */
export const CONTENT_TAG = 'portal-content'

/** Lifetime of a cached page; pages export `revalidate = 30` (Next needs the literal there). */
export const PAGE_LIFETIME_SECONDS = 30

/** Next's implicit tag of the root layout: every page and route handler of the site carries it. */
const ALL_PAGES_TAG = '_N_T_/layout'

/**
 * Reads of training sessions carry this tag as well: a registration changes only the places left,
 * so it expires just the reads and pages that show sessions (a training's page, /scholing, the
 * home page, a region page), not every page. Next adds the tags of the reads a page made to the
 * page's own cache entry.
 */
export const PLACES_TAG = 'portal-places'

/** The tags of a visitor's read of a collection, beyond CONTENT_TAG. */
export const readTags = (collection: string): string[] => (collection === 'training-sessions' ? [PLACES_TAG] : [])

export function cachedForVisitors<T>(key: unknown[], read: () => Promise<T>, extraTags: string[] = []): Promise<T> {
  if (isBuildPhase()) throw new Error('Content is not read while the app is being built.')
  // Outside a Next server (tests, scripts) there is no cache to keep it in.
  if (!process.env.NEXT_RUNTIME) return read()
  return unstable_cache(read, ['content', JSON.stringify(key)], {
    tags: [CONTENT_TAG, ...extraTags],
    revalidate: PAGE_LIFETIME_SECONDS,
  })()
}

/**
 * `next build` prerenders the pages that have no parameters, but the build never opens the
 * database. The layout renders an empty shell then, and the server throws those shells away when
 * it starts (expireBuildTimePages), so no visitor ever gets one.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

type TagsManifest = Map<string, { stale?: number; expired?: number }>

/**
 * Next's own record of invalidated tags (one per process, shared by its file-system cache and
 * the data cache). Used where Next's revalidateTag cannot be called: a scheduled publish runs in
 * the job queue, outside any request, and revalidateTag then throws. Loaded from node_modules at
 * run time, so it is the very instance Next's server uses (not a bundled copy).
 */
function tagsManifest(): TagsManifest | null {
  try {
    const require = createRequire(path.join(process.cwd(), 'package.json'))
    // Built at run time, so that no bundler copies the module into a chunk of its own.
    const specifier = ['next', 'dist', 'server', 'lib', 'incremental-cache', 'tags-manifest.external.js'].join('/')
    const manifestModule = require(specifier) as {
      tagsManifest?: TagsManifest
    }
    return manifestModule.tagsManifest instanceof Map ? manifestModule.tagsManifest : null
  } catch {
    return null
  }
}

function expireTagsNow(tags: string[]): void {
  const manifest = tagsManifest()
  if (!manifest) return
  const now = Date.now()
  for (const tag of tags) manifest.set(tag, { ...manifest.get(tag), stale: now, expired: now })
}

/**
 * Every cached page and every cached read is out of date from now: the next request renders anew.
 * Works inside a request (the admin's publish) and outside one (the job queue, start-up).
 */
export function expirePublicPages(): void {
  memo().generation++
  expire(CONTENT_TAG, ALL_PAGES_TAG)
}

/**
 * The places left have changed (a registration, a cancellation, a promotion from the waiting
 * list): the reads and pages that show training sessions are out of date, the rest stays cached.
 */
export function expirePlaces(): void {
  expire(PLACES_TAG)
}

/** Expires a tag, and with `pagesTag` every page too; inside a request or outside one. */
function expire(tag: string, pagesTag?: string): void {
  const tags = pagesTag ? [tag, pagesTag] : [tag]
  // First straight into the manifest: it holds before the editor's response has even gone out,
  // whereas Next applies revalidateTag at the end of the request.
  expireTagsNow(tags)
  try {
    revalidateTag(tag, { expire: 0 })
    if (pagesTag) revalidatePath('/', 'layout')
  } catch {
    // Outside a request (job queue, seed, scripts) Next has no request store; the manifest did it
    // for this process, and the shared cache (REDIS_URL) is told directly for all instances.
    import('./sharedCache.mjs')
      .then(({ revalidateSharedTags }) => revalidateSharedTags(tags))
      .catch((error: unknown) =>
        console.error(`[portal] expiring the shared page cache failed: ${error instanceof Error ? error.message : String(error)}`),
      )
  }
}

/**
 * At start-up: the pages `next build` prerendered are empty shells (see isBuildPhase), and pages
 * a previous run stored on disk may show content that changed since. Neither is served.
 */
export function expireBuildTimePages(): void {
  expireTagsNow([CONTENT_TAG, ALL_PAGES_TAG])
}

type Memo = { generation: number; entries: Map<string, { at: number; generation: number; value: Promise<unknown> }> }

/** One per process, whichever bundle asks (Payload's chunk and a route's may each load this file). */
function memo(): Memo {
  const holder = globalThis as typeof globalThis & { __portalVisitorMemo?: Memo }
  holder.__portalVisitorMemo ??= { generation: 0, entries: new Map() }
  return holder.__portalVisitorMemo
}

/**
 * A small in-process cache for reads that are the same for every visitor and asked for on every
 * request outside a page (the search API's facet labels and glossary): no database query per
 * request. Dropped with the pages on every change (expirePublicPages), and after the page
 * lifetime for edits made on another instance. Only for a fixed, small set of keys.
 */
export function memoForVisitors<T>(key: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const state = memo()
  const hit = state.entries.get(key)
  if (hit && hit.generation === state.generation && now - hit.at < PAGE_LIFETIME_SECONDS * 1000) return hit.value as Promise<T>
  const value = read()
  const entry = { at: now, generation: state.generation, value }
  state.entries.set(key, entry)
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (state.entries.get(key) === entry) state.entries.delete(key)
  })
  return value
}
