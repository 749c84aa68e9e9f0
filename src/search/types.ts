/**
 * The one contract both engines fulfil: the embedded MiniSearch index (default, no network) and
 * Algolia (when keyed). Everything above it (hooks, jobs, the API, /zoeken) only knows these types.
 */

import { labelIn } from '../constants/taxonomy'

/** Public type keys: they appear in /zoeken?type=… and in the API, so they are Dutch. */
export const SEARCH_TYPES = [
  { value: 'werkwijze', label: 'Werkwijze', plural: 'Werkwijzen' },
  { value: 'escalatiemodel', label: 'Escalatiemodel', plural: 'Escalatiemodel' },
  { value: 'bouwsteen', label: 'Bouwsteen', plural: 'Bouwstenen' },
  { value: 'begrip', label: 'Begrip', plural: 'Begrippen' },
  { value: 'regio', label: 'Regio', plural: 'Regio’s' },
  { value: 'lokale-afspraak', label: 'Lokale afspraak', plural: 'Lokale afspraken' },
  { value: 'toekomsttuin', label: 'Toekomsttuin', plural: 'Toekomsttuinen' },
  { value: 'scholing', label: 'Scholing', plural: 'Scholing' },
  { value: 'vacature', label: 'Vacature', plural: 'Vacatures' },
  { value: 'organisatie', label: 'Organisatie', plural: 'Organisaties' },
  { value: 'visie', label: 'Visie', plural: 'Visie' },
  { value: 'pagina', label: 'Pagina', plural: 'Pagina’s' },
  { value: 'document', label: 'Document', plural: 'Documenten' },
] as const

export type SearchType = (typeof SEARCH_TYPES)[number]['value']

export const isSearchType = (value: string): value is SearchType => SEARCH_TYPES.some((t) => t.value === value)

export const searchTypeLabel = labelIn(SEARCH_TYPES)

/**
 * What one public page contributes to the index. Both engines store exactly this shape; the
 * text fields are plain text (Lexical is flattened by the record builders).
 */
export type SearchRecord = {
  /** `<collection>:<id>` or `global:<slug>`: stable across rebuilds, so updates replace. */
  objectID: string
  type: SearchType
  title: string
  /** Abbreviations and alternative names: weighed almost like the title. */
  keywords: string[]
  summary: string
  headings: string[]
  body: string
  /** Names of linked regions, municipalities, building blocks, audiences: context, weighed low. */
  tags: string[]
  /** Facet values: slugs, so URLs stay readable and labels can change. */
  regions: string[]
  buildingBlocks: string[]
  audiences: string[]
  url: string
  updatedAt: string
  /** Epoch milliseconds after which the page no longer shows (vacancies); far future otherwise. */
  expiresAt: number
}

export const FACETS = ['type', 'region', 'buildingBlock', 'audience'] as const
export type FacetName = (typeof FACETS)[number]

/** Which record field each facet counts. */
export const FACET_FIELDS = {
  type: 'type',
  region: 'regions',
  buildingBlock: 'buildingBlocks',
  audience: 'audiences',
} as const satisfies Record<FacetName, keyof SearchRecord>

/** Several values within one facet widen (OR); facets narrow each other (AND). */
export type SearchFilters = Partial<Record<FacetName, string[]>>

export type SearchRequest = {
  query: string
  filters: SearchFilters
  facets: readonly FacetName[]
  /** 1-based. */
  page: number
  hitsPerPage: number
  /** Epoch milliseconds; expired records are left out. Defaults to now. */
  now?: number
  /**
   * Best bets: objectIDs an editor pinned to this query. On the first page they come first, in
   * this order, marked, if they are in the index, not expired and pass the filters.
   */
  pinned?: string[]
}

/** Highlighted text as parts: renderers never have to trust HTML from an engine. */
export type HighlightPart = { text: string; mark: boolean }

export type SearchHit = {
  id: string
  type: SearchType
  title: string
  titleParts: HighlightPart[]
  url: string
  snippetParts: HighlightPart[]
  regions: string[]
  buildingBlocks: string[]
  audiences: string[]
  updatedAt: string
  /** A best bet: an editor put it first for this query ("Aanbevolen"). */
  pinned?: boolean
}

export type FacetCount = { value: string; count: number }

export type SearchResult = {
  hits: SearchHit[]
  /**
   * Counts per facet value over the matching set. A facet's own selection is ignored when its
   * counts are made (disjunctive facets), so a visitor sees what choosing another value yields.
   */
  facets: Partial<Record<FacetName, FacetCount[]>>
  total: number
  page: number
  pageCount: number
}

/**
 * Words that mean the same: an abbreviation, the full term and its synonyms. `related` are the
 * phrases visitors type for it ("niet eens worden" for escaleren, the glossary's "Ook gezocht
 * als"): they lead to the terms, not the other way round, and may consist of function words.
 */
export type SynonymGroup = { id: string; terms: string[]; related?: string[] }

export type SearchProvider = {
  readonly kind: 'embedded' | 'algolia'
  /** Adds or replaces records by objectID. */
  upsert(records: SearchRecord[]): Promise<void>
  remove(objectIDs: string[]): Promise<void>
  /** Replaces the whole index at once: searches see the old index until the new one is complete. */
  rebuild(records: SearchRecord[], synonyms: SynonymGroup[]): Promise<void>
  clear(): Promise<void>
  setSynonyms(groups: SynonymGroup[]): Promise<void>
  search(request: SearchRequest): Promise<SearchResult>
}
