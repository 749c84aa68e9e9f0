import { documentPath } from '../../lib/urls'
import { stripSentinels } from '../text/highlight'
import type { SearchRecord, SearchType } from '../types'
import { lexicalToText } from './lexical'

/** Records that never expire carry a date far beyond any "now", so one filter fits all. */
export const NEVER = Date.UTC(9999, 0, 1)

type Populated = { id: number | string; slug?: string | null; title?: string | null; _status?: string | null }

/**
 * Linked documents as the record builder may use them: populated (depth ≥ 1) and published. A
 * draft region must not show up as a facet or lend its name to a public page.
 */
export function linked<T extends Populated>(value: unknown): T[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.filter(
    (item): item is T =>
      typeof item === 'object' &&
      item !== null &&
      'id' in item &&
      (!('_status' in item) || item._status === 'published'),
  )
}

export const slugsOf = (items: Populated[]): string[] =>
  items.map((item) => item.slug).filter((slug): slug is string => Boolean(slug))
/** Building blocks are known by their number (1–8), in the search facet as on the finders. */
export const numbersOf = (items: (Populated & { number?: number | null })[]): string[] =>
  items.map((item) => (typeof item.number === 'number' ? String(item.number) : '')).filter(Boolean)

export const titlesOf = (items: Populated[]): string[] =>
  items.map((item) => item.title).filter((t): t is string => Boolean(t))

/** Plain text fit for an index: no private-use highlight sentinels, no runs of whitespace. */
export const clean = (value: unknown): string =>
  typeof value === 'string'
    ? stripSentinels(value)
        .replace(/[ \t\f\v\r]+/g, ' ')
        .replace(/\n\s*\n+/g, '\n')
        .trim()
    : ''

export const cleanList = (values: unknown[]): string[] => values.map(clean).filter(Boolean)

export type RecordParts = {
  objectID: string
  type: SearchType
  title: string
  url: string | null
  updatedAt?: string | null
  summary?: string | null
  /** Lexical body; its headings join `headings`, its text goes after `text`. */
  richText?: unknown
  keywords?: unknown[]
  headings?: unknown[]
  text?: unknown[]
  tags?: unknown[]
  regions?: string[]
  buildingBlocks?: string[]
  audiences?: string[]
  expiresAt?: number
}

/** The one place a record is assembled: every builder ends here, so records are uniform. */
export function assemble(parts: RecordParts): SearchRecord | null {
  const title = clean(parts.title)
  if (!title || !parts.url) return null
  const rich = lexicalToText(parts.richText)
  return {
    objectID: parts.objectID,
    type: parts.type,
    title,
    keywords: [...new Set(cleanList(parts.keywords ?? []))],
    summary: clean(parts.summary),
    headings: [...new Set(cleanList([...(parts.headings ?? []), ...rich.headings]))],
    body: clean([...cleanList(parts.text ?? []), rich.text].filter(Boolean).join('\n')),
    tags: [...new Set(cleanList(parts.tags ?? []))],
    regions: [...new Set(parts.regions ?? [])],
    buildingBlocks: [...new Set(parts.buildingBlocks ?? [])],
    audiences: [...new Set(parts.audiences ?? [])],
    url: parts.url,
    updatedAt: parts.updatedAt ?? new Date(0).toISOString(),
    expiresAt: parts.expiresAt ?? NEVER,
  }
}

/** URL of a collection document, from the mapping the site's pages and links share. */
export const urlOf = (collection: string, doc: { slug?: string | null; region?: unknown }): string | null =>
  documentPath(collection, doc)

/** What every page (a collection document or a global) gives its record: title, date, summary, body. */
type PageText = { title: string; updatedAt?: string | null; summary?: string | null; body?: unknown }

type PageParts = Pick<RecordParts, 'objectID' | 'type' | 'title' | 'url' | 'updatedAt' | 'summary' | 'richText'>

const pageParts = (objectID: string, type: SearchType, url: string | null, doc: PageText): PageParts => ({
  objectID,
  type,
  title: doc.title,
  url,
  updatedAt: doc.updatedAt,
  summary: doc.summary,
  richText: doc.body,
})

/**
 * The parts a collection document's record starts from: `<collection>:<id>` (stable across
 * rebuilds), the address its page has, and its title, date, summary and body. A builder spreads
 * them first and adds (or overrides) what its type has besides.
 */
export const collectionPage = (
  collection: string,
  type: SearchType,
  doc: PageText & { id: number | string; slug?: string | null; region?: unknown },
): PageParts => pageParts(`${collection}:${doc.id}`, type, urlOf(collection, doc), doc)

/** The same for a global: it has one page, at a fixed address. */
export const globalPage = (global: string, type: SearchType, url: string, doc: PageText): PageParts =>
  pageParts(`global:${global}`, type, url, doc)

/**
 * The tags and facets of regional content (local agreements, pilots): its regions, municipalities,
 * building blocks and partners, so "Achterhoek", "Zutphen", "bouwsteen 3" or "VT" find it.
 */
export function regionalFacets(
  doc: { municipalities?: string[] | null },
  regions: Populated[],
  blocks: (Populated & { number?: number | null })[],
  partners: (Populated & { abbreviation?: string | null })[],
): Pick<RecordParts, 'tags' | 'regions' | 'buildingBlocks'> {
  return {
    tags: [
      ...titlesOf(regions),
      ...(doc.municipalities ?? []),
      ...titlesOf(blocks),
      ...titlesOf(partners),
      ...partners.map((p) => p.abbreviation),
    ],
    regions: slugsOf(regions),
    buildingBlocks: numbersOf(blocks),
  }
}
