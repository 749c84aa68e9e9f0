import MiniSearch, { type Query, type SearchOptions } from 'minisearch'

import { SynonymExpander, type QueryUnit } from '../synonyms'
import { highlightAll, leadSnippet, snippet } from '../text/highlight'
import { processTerm, tokenize } from '../text/normalize'
import {
  FACET_FIELDS,
  type FacetCount,
  type FacetName,
  type SearchHit,
  type SearchProvider,
  type SearchRecord,
  type SearchRequest,
  type SearchResult,
  type SynonymGroup,
} from '../types'

const FIELDS = ['title', 'keywords', 'summary', 'headings', 'tags', 'body'] as const

/** Title above summary above headings above body; keywords are the title's other names. */
export const FIELD_BOOSTS: Record<(typeof FIELDS)[number], number> = {
  title: 8,
  keywords: 6,
  summary: 3,
  headings: 2,
  tags: 1.5,
  body: 1,
}

const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  // As-you-type: "escalat" finds "escalatiemodel". Two letters would match half the vocabulary.
  prefix: (term) => term.length >= 3,
  // Typos: one edit from five letters on, two from eight; short words and abbreviations stay exact.
  fuzzy: (term) => (/\d/.test(term) ? false : term.length >= 8 ? 2 : term.length >= 5 ? 1 : false),
  maxFuzzy: 2,
  weights: { prefix: 0.5, fuzzy: 0.4 },
  combineWith: 'OR',
}

function createIndex(): MiniSearch<SearchRecord> {
  return new MiniSearch<SearchRecord>({
    idField: 'objectID',
    fields: [...FIELDS],
    storeFields: [],
    extractField: (record, field) => {
      const value = record[field as keyof SearchRecord]
      return Array.isArray(value) ? value.join('\n') : value
    },
    tokenize,
    processTerm,
    searchOptions: SEARCH_OPTIONS,
  })
}

/** A unit is a word or a phrase; any alternative of it counts as the unit being matched. */
function unitQuery(unit: QueryUnit): Query {
  const alternatives = unit.alternatives.map((words): Query => (words.length === 1 ? (words[0] as string) : { combineWith: 'AND', queries: words }))
  return alternatives.length === 1 ? (alternatives[0] as Query) : { combineWith: 'OR', queries: alternatives }
}

function unitTerms(unit: QueryUnit): Set<string> {
  return new Set(unit.alternatives.flat().map((word) => processTerm(word)).filter((t): t is string => t !== null))
}

type Scored = { record: SearchRecord; score: number; terms: Set<string> }

const valuesOf = (record: SearchRecord, facet: FacetName): string[] => {
  const value = record[FACET_FIELDS[facet]]
  return Array.isArray(value) ? value : [value]
}

/**
 * The default engine: an in-memory MiniSearch index per app instance. Dutch-aware through the
 * shared analyser (folding, stop words, Snowball stemming), with query-time synonym expansion.
 */
export class EmbeddedSearchProvider implements SearchProvider {
  readonly kind = 'embedded' as const
  private index = createIndex()
  private records = new Map<string, SearchRecord>()
  private expander = new SynonymExpander([])

  get size(): number {
    return this.records.size
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    for (const record of records) {
      if (this.records.has(record.objectID)) this.index.discard(record.objectID)
      this.index.add(record)
      this.records.set(record.objectID, record)
    }
  }

  async remove(objectIDs: string[]): Promise<void> {
    for (const id of objectIDs) {
      if (!this.records.has(id)) continue
      this.index.discard(id)
      this.records.delete(id)
    }
  }

  async rebuild(records: SearchRecord[], synonyms: SynonymGroup[]): Promise<void> {
    // Built aside and swapped in one step: searches meanwhile use the complete old index.
    const index = createIndex()
    const unique = new Map(records.map((record) => [record.objectID, record]))
    await index.addAllAsync([...unique.values()], { chunkSize: 500 })
    this.index = index
    this.records = unique
    this.expander = new SynonymExpander(synonyms)
  }

  async clear(): Promise<void> {
    this.index = createIndex()
    this.records = new Map()
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    this.expander = new SynonymExpander(groups)
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const now = request.now ?? Date.now()
    const matches = this.match(request.query).filter((m) => m.record.expiresAt > now)

    const filters = Object.entries(request.filters).filter(([, values]) => values && values.length > 0) as [FacetName, string[]][]
    const passes = (record: SearchRecord, except?: FacetName) =>
      filters.every(([facet, values]) => facet === except || valuesOf(record, facet).some((v) => values.includes(v)))

    const facets: SearchResult['facets'] = {}
    for (const facet of request.facets) {
      const counts = new Map<string, number>()
      for (const { record } of matches) {
        if (!passes(record, facet)) continue
        for (const value of new Set(valuesOf(record, facet))) counts.set(value, (counts.get(value) ?? 0) + 1)
      }
      facets[facet] = [...counts]
        .map(([value, count]): FacetCount => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'))
    }

    const filtered = matches.filter((m) => passes(m.record))
    const pageCount = Math.ceil(filtered.length / request.hitsPerPage)
    const start = (request.page - 1) * request.hitsPerPage
    const hits = filtered.slice(start, start + request.hitsPerPage).map(toHit)
    return { hits, facets, total: filtered.length, page: request.page, pageCount }
  }

  /** Every record that matches the query, best first; an empty query lists everything by title. */
  private match(query: string): Scored[] {
    if (query.trim() === '') {
      return [...this.records.values()]
        .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
        .map((record) => ({ record, score: 0, terms: new Set<string>() }))
    }
    const units = this.expander.expand(query)
    if (units.length === 0) return []
    const termsPerUnit = units.map(unitTerms)
    const results = this.index.search({ combineWith: 'OR', queries: units.map(unitQuery) })
    const scored: Scored[] = []
    for (const result of results) {
      const record = this.records.get(result.id as string)
      if (!record) continue
      // Pages that answer every part of the question beat pages that repeat one word often.
      const matched = termsPerUnit.filter((terms) => result.queryTerms.some((t) => terms.has(t))).length
      const coverage = matched / units.length
      scored.push({ record, score: result.score * coverage * coverage, terms: new Set(result.terms) })
    }
    return scored.sort((a, b) => b.score - a.score)
  }
}

function toHit({ record, terms }: Scored): SearchHit {
  // The summary is written to be read on its own; the body supplies context when it is silent.
  const passage =
    snippet(record.summary, terms) ??
    snippet(record.body, terms) ??
    snippet(record.headings.join(' · '), terms) ??
    snippet(record.tags.join(' · '), terms) ??
    leadSnippet(record.summary || record.body)
  return {
    id: record.objectID,
    type: record.type,
    title: record.title,
    titleParts: highlightAll(record.title, terms),
    url: record.url,
    snippetParts: passage,
    regions: record.regions,
    buildingBlocks: record.buildingBlocks,
    audiences: record.audiences,
    updatedAt: record.updatedAt,
  }
}
