import { queryIntent, typeWeight } from '../../intent'
import { SynonymExpander } from '../../synonyms'
import { highlightAll, leadSnippet, snippet } from '../../text/highlight'
import { lastWord } from '../../text/normalize'
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
} from '../../types'
import { createIndex, forEachMatch, termTree } from './miniSearchIndex'
import { planQuery } from './queryPlan'
import { TopK } from './topK'

type Candidate = { record: SearchRecord; matchedTerms: () => string[] }

type Filter = { facet: FacetName; field: (typeof FACET_FIELDS)[FacetName]; values: Set<string> }

/** The one facet a record fails (so it still counts for that facet), 'several', or null: it passes. */
function failedFilter(record: SearchRecord, filters: Filter[]): FacetName | 'several' | null {
  let failed: FacetName | null = null
  for (const { facet, field, values } of filters) {
    const value = record[field]
    const ok = Array.isArray(value) ? value.some((v) => values.has(v)) : values.has(value as string)
    if (ok) continue
    if (failed) return 'several'
    failed = facet
  }
  return failed
}

/**
 * The default engine: an in-memory MiniSearch index per app instance. Dutch-aware through the
 * shared analyser (folding, stop words, Snowball stemming), with query-time synonym expansion,
 * bounded completions for as-you-type, typo tolerance where needed, and exact disjunctive facets.
 */
export class EmbeddedSearchProvider implements SearchProvider {
  readonly kind = 'embedded' as const
  private index = createIndex()
  private records = new Map<string, SearchRecord>()
  private expander = new SynonymExpander([])
  /** All records by title, for a query without words (filters only); rebuilt after changes. */
  private byTitle: SearchRecord[] | null = null

  get size(): number {
    return this.records.size
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    for (const record of records) {
      if (this.records.has(record.objectID)) this.index.discard(record.objectID)
      this.index.add(record)
      this.records.set(record.objectID, record)
    }
    this.byTitle = null
  }

  async remove(objectIDs: string[]): Promise<void> {
    for (const id of objectIDs) {
      if (!this.records.has(id)) continue
      this.index.discard(id)
      this.records.delete(id)
    }
    this.byTitle = null
  }

  async rebuild(records: SearchRecord[], synonyms: SynonymGroup[]): Promise<void> {
    // Built aside and swapped in one step: searches meanwhile use the complete old index.
    const index = createIndex()
    const unique = new Map(records.map((record) => [record.objectID, record]))
    await index.addAllAsync([...unique.values()], { chunkSize: 500 })
    this.index = index
    this.records = unique
    this.expander = new SynonymExpander(synonyms)
    this.byTitle = null
  }

  async clear(): Promise<void> {
    this.index = createIndex()
    this.records = new Map()
    this.byTitle = null
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    this.expander = new SynonymExpander(groups)
  }

  /**
   * One pass over the matching documents: drop expired ones, count the facets (each without its
   * own filter), keep the best `page × hitsPerPage` of those that pass every filter.
   */
  async search(request: SearchRequest): Promise<SearchResult> {
    const now = request.now ?? Date.now()
    const filters: Filter[] = (Object.entries(request.filters) as [FacetName, string[] | undefined][])
      .filter((entry): entry is [FacetName, string[]] => Boolean(entry[1]?.length))
      .map(([facet, values]) => ({ facet, field: FACET_FIELDS[facet], values: new Set(values) }))
    const tallies = request.facets.map((facet) => ({
      facet,
      field: FACET_FIELDS[facet],
      counts: new Map<string, number>(),
    }))
    const top = new TopK<Candidate>(request.page * request.hitsPerPage)
    let total = 0
    // Best bets first on page one, if they are public (in the index), current and pass the filters.
    const pinned =
      request.page === 1
        ? (request.pinned ?? [])
            .map((id) => this.records.get(id))
            .filter((r): r is SearchRecord => r !== undefined && r.expiresAt > now && failedFilter(r, filters) === null)
        : []
    const pinnedIds = new Set(pinned.map((r) => r.objectID))
    let pinnedMatched = 0

    const consider = (record: SearchRecord, score: number, matchedTerms: () => string[]) => {
      if (record.expiresAt <= now) return
      const failed = failedFilter(record, filters)
      if (failed === 'several') return
      for (const { facet, field, counts } of tallies) {
        if (failed !== null && failed !== facet) continue
        const value = record[field]
        if (!Array.isArray(value)) counts.set(value as string, (counts.get(value as string) ?? 0) + 1)
        else for (const v of value.length > 1 ? new Set(value) : value) counts.set(v, (counts.get(v) ?? 0) + 1)
      }
      if (failed !== null) return
      total++
      if (pinnedIds.has(record.objectID)) pinnedMatched++
      else top.push({ record, matchedTerms }, score)
    }
    this.match(request.query, consider)

    const facets: SearchResult['facets'] = {}
    for (const { facet, counts } of tallies) {
      facets[facet] = [...counts]
        .map(([value, count]): FacetCount => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'))
    }
    const start = (request.page - 1) * request.hitsPerPage
    const bets = pinned.map((record): SearchHit => ({ ...toHit({ record, matchedTerms: () => [] }), pinned: true }))
    const hits = [
      ...bets,
      ...top
        .sorted()
        .slice(start, start + request.hitsPerPage)
        .map(toHit),
    ].slice(0, request.hitsPerPage)
    total += pinned.length - pinnedMatched
    return { hits, facets, total, page: request.page, pageCount: Math.ceil(total / request.hitsPerPage) }
  }

  /** Streams every record matching the query with its score; no words: every record by title. */
  private match(
    query: string,
    visit: (record: SearchRecord, score: number, matchedTerms: () => string[]) => void,
  ): void {
    if (query.trim() === '') {
      this.byTitle ??= [...this.records.values()].sort((a, b) => a.title.localeCompare(b.title, 'nl'))
      const none = () => []
      this.byTitle.forEach((record, i, all) => visit(record, all.length - i, none))
      return
    }
    let units = this.expander.expand(query)
    if (units.length === 0) {
      // "over", "onder", "zonder" are stop words, and also how "overdracht" starts while typing.
      const typing = lastWord(query)
      if (!typing || typing.length < 3) return
      units = [{ alternatives: [[typing]], weight: 1 }]
    }
    const {
      query: plan,
      termsPerUnit,
      unitWeights,
      unitsOfTerm,
    } = planQuery(units, termTree(this.index), this.records.size)
    const totalWeight = unitWeights.reduce((a, b) => a + b, 0) || 1
    const intent = queryIntent(
      query,
      units.some((unit) => unit.colloquial),
    )
    const primeUnits = new Set<number>()
    forEachMatch(this.index, plan, ({ id, score, queryTerms, matchedTerms, fields }) => {
      const record = this.records.get(id)
      if (!record) return
      // Pages that answer every part of the question beat pages that repeat one word often;
      // rare words count for more than words on every page, filler words hardly at all.
      let covered = 0
      for (let unit = 0; unit < termsPerUnit.length; unit++) {
        const terms = termsPerUnit[unit]!
        if (queryTerms.some((t) => terms.has(t))) covered += unitWeights[unit]!
      }
      // The title, its other names and the summary say what a page is about: the parts of the
      // question they answer count double.
      primeUnits.clear()
      if (fields) {
        for (const term in fields) {
          const found = unitsOfTerm.get(term)
          if (!found || !fields[term]!.some((field) => PRIME_FIELDS.has(field))) continue
          for (const unit of found) primeUnits.add(unit)
        }
      }
      let prime = 0
      for (const unit of primeUnits) prime += unitWeights[unit]!
      score *=
        (covered / totalWeight) ** 2 * (1 + (PRIME_BONUS * prime) / totalWeight) * typeWeight(record.type, intent)
      visit(record, score, matchedTerms)
    })
  }
}

/** Fields that say what a page is about. */
const PRIME_FIELDS: ReadonlySet<string> = new Set(['title', 'keywords', 'summary'])
const PRIME_BONUS = 2

function toHit({ record, matchedTerms }: Candidate): SearchHit {
  const terms = new Set(matchedTerms())
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
