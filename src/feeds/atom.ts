import { Feed } from 'feed'

import { PUBLIC_CACHE_CONTROL } from '../lib/cacheControl'
import { siteUrl } from '../lib/seo'

/** Bounded so an anonymous request cannot ask for an unbounded document. */
export const MAX_FEED_ENTRIES = 100

/** A feed is the same for every visitor: an HTTP cache in front may keep it as it keeps the pages. */
export const ATOM_HEADERS = {
  'Content-Type': 'application/atom+xml; charset=utf-8',
  'Cache-Control': PUBLIC_CACHE_CONTROL,
}

/** One entry; paths are the portal's own (made absolute here). */
export type FeedEntry = {
  /** Unique and stable: the page's path, with a fragment for one change on it. */
  idPath: string
  title: string
  path: string
  summary?: string | null
  updated: Date
  published?: Date
}

/**
 * Every Atom feed of the portal: the newest entries first, bounded, absolute links, the feed's own
 * address and the finder page it mirrors. One author on the feed covers every entry (RFC 4287).
 */
export function renderAtom({
  title,
  description,
  pagePath,
  feedPath,
  entries,
}: {
  title: string
  description: string
  /** The page of which the feed is the same view, e.g. /scholing?regio=rivierenland. */
  pagePath: string
  feedPath: string
  entries: FeedEntry[]
}): string {
  const base = siteUrl()
  const newest = [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, MAX_FEED_ENTRIES)
  const feed = new Feed({
    title: `${title} – Kennisportaal Jeugdbescherming Gelderland`,
    description,
    id: base + pagePath,
    link: base + pagePath,
    language: 'nl',
    copyright: 'Partners Gelderse Verbeteragenda Jeugdbescherming',
    updated: newest[0]?.updated ?? new Date(0),
    feedLinks: { atom: base + feedPath },
    author: { name: 'Kennisportaal Jeugdbescherming Gelderland', link: base },
  })
  for (const entry of newest) {
    feed.addItem({
      title: entry.title,
      id: base + entry.idPath,
      link: base + entry.path,
      description: entry.summary ?? undefined,
      date: entry.updated,
      published: entry.published,
    })
  }
  return feed.atom1()
}

/** The longest query string a feed URL may carry; longer ones are refused with 414. */
const MAX_QUERY = 2000

/**
 * A feed route: the finder's own URL parameters in, Atom out. Refuses an overlong address with a
 * Dutch message; `build` answers null for a page that does not exist (404).
 */
export async function atomResponse(
  request: Request,
  build: (params: Record<string, string[]>) => Promise<string | null>,
): Promise<Response> {
  const url = new URL(request.url)
  const text = (status: number, message: string) =>
    new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  if (url.search.length > MAX_QUERY) return text(414, 'Deze feed-URL is te lang.')
  // No prototype: `?constructor` or `?__proto__` in the address are plain parameter names here
  // (with `{}` they named Object's own members, and `.push` on them was a 500).
  const params = Object.create(null) as Record<string, string[]>
  for (const [key, value] of url.searchParams) (params[key] ??= []).push(value)
  const xml = await build(params)
  if (xml === null) return text(404, 'Deze feed bestaat niet.')
  return new Response(xml, { headers: ATOM_HEADERS })
}

type ChangeNote = { id?: string | null; date: string; note: string; notifySubscribers?: boolean | null }

/**
 * A document's news for a feed: its first publication, and each change note the editor marked
 * "Melden aan abonnees" (unmarked notes are corrections, not news; the page still lists them).
 */
export function newsEntries(
  doc: {
    title: string
    summary?: string | null
    createdAt: string
    changeNotes?: ChangeNote[] | null
  },
  path: string,
  kind: string,
): FeedEntry[] {
  const published = new Date(doc.createdAt)
  const entries: FeedEntry[] = [
    { idPath: path, title: `${kind}: ${doc.title}`, path, summary: doc.summary, updated: published, published },
  ]
  for (const note of doc.changeNotes ?? []) {
    if (!note.notifySubscribers) continue
    entries.push({
      idPath: `${path}#wijziging-${note.id ?? note.date}`,
      title: `Gewijzigd: ${doc.title}`,
      path,
      summary: note.note,
      updated: new Date(note.date),
    })
  }
  return entries
}
