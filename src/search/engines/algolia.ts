import { algoliasearch, type Algoliasearch, type IndexSettings, type SearchQuery, type SynonymHit } from 'algoliasearch'

import { leadSnippet, MARK_END, MARK_START, partsFromSentinels } from '../text/highlight'
import {
  FACET_FIELDS,
  type FacetCount,
  type FacetName,
  type HighlightPart,
  type SearchHit,
  type SearchProvider,
  type SearchRecord,
  type SearchRequest,
  type SearchResult,
  type SearchType,
  type SynonymGroup,
} from '../types'

export type AlgoliaHost = {
  url: string
  port?: number
  protocol: 'http' | 'https'
  accept: 'read' | 'write' | 'readWrite'
}

export type AlgoliaOptions = {
  appId: string
  /** Writes only; never leaves the server. */
  adminApiKey: string
  /** Used for queries when set, so a leaked search path cannot write. */
  searchApiKey?: string
  indexName: string
  /** Only for tests and proxies; Algolia's own hosts otherwise. */
  hosts?: AlgoliaHost[]
}

/** Algolia is used when both its application id and admin key are in the environment. */
export function algoliaOptionsFromEnv(env: Record<string, string | undefined> = process.env): AlgoliaOptions | null {
  const appId = env.ALGOLIA_APP_ID?.trim()
  const adminApiKey = env.ALGOLIA_ADMIN_API_KEY?.trim()
  if (!appId || !adminApiKey) return null
  return {
    appId,
    adminApiKey,
    searchApiKey: env.ALGOLIA_SEARCH_API_KEY?.trim() || undefined,
    indexName: env.ALGOLIA_INDEX_NAME?.trim() || 'kennisportaal',
  }
}

/**
 * Index settings live in code, not in Algolia's dashboard, so every environment and every rebuild
 * gets the same Dutch-aware behaviour as the embedded engine.
 */
export const ALGOLIA_SETTINGS: IndexSettings = {
  // Order is weight: title > other names > summary > headings > context > body.
  searchableAttributes: ['title', 'keywords', 'summary', 'headings', 'unordered(tags)', 'unordered(body)'],
  attributesForFaceting: ['type', 'regions', 'buildingBlocks', 'audiences', 'filterOnly(expiresAt)'],
  queryLanguages: ['nl'],
  indexLanguages: ['nl'],
  ignorePlurals: true,
  removeStopWords: true,
  // "jeugdbeschermingstafel" should match "tafel" queries and the other way round.
  decompoundQuery: true,
  typoTolerance: true,
  minWordSizefor1Typo: 5,
  minWordSizefor2Typos: 8,
  // Abbreviations such as OTS or GI must match exactly.
  disableTypoToleranceOnAttributes: ['keywords'],
  attributesToSnippet: ['summary:40', 'body:30'],
  attributesToHighlight: ['title'],
  highlightPreTag: MARK_START,
  highlightPostTag: MARK_END,
  snippetEllipsisText: '…',
}

type AlgoliaHit = {
  objectID: string
  type: SearchType
  title: string
  url: string
  regions?: string[]
  buildingBlocks?: string[]
  audiences?: string[]
  updatedAt: string
  summary?: string
  _highlightResult?: { title?: { value?: string } }
  _snippetResult?: Record<string, { value?: string; matchLevel?: string } | undefined>
}

type AlgoliaResult = {
  hits?: AlgoliaHit[]
  nbHits?: number
  nbPages?: number
  facets?: Record<string, Record<string, number>>
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

function filterExpression(request: SearchRequest, except: FacetName | null, now: number): string {
  const parts = [`expiresAt > ${Math.floor(now)}`]
  for (const [facet, values] of Object.entries(request.filters) as [FacetName, string[] | undefined][]) {
    if (!values || values.length === 0 || facet === except) continue
    parts.push(`(${values.map((value) => `${FACET_FIELDS[facet]}:${quote(value)}`).join(' OR ')})`)
  }
  return parts.join(' AND ')
}

function snippetOf(hit: AlgoliaHit): HighlightPart[] {
  const snippets = hit._snippetResult ?? {}
  for (const field of ['summary', 'body']) {
    const entry = snippets[field]
    if (entry?.value && entry.matchLevel && entry.matchLevel !== 'none') return partsFromSentinels(entry.value)
  }
  return leadSnippet(hit.summary ?? '')
}

function toHit(hit: AlgoliaHit): SearchHit {
  const titleHighlight = hit._highlightResult?.title?.value
  return {
    id: hit.objectID,
    type: hit.type,
    title: hit.title,
    titleParts: titleHighlight ? partsFromSentinels(titleHighlight) : [{ text: hit.title, mark: false }],
    url: hit.url,
    snippetParts: snippetOf(hit),
    regions: hit.regions ?? [],
    buildingBlocks: hit.buildingBlocks ?? [],
    audiences: hit.audiences ?? [],
    updatedAt: hit.updatedAt,
  }
}

function facetCounts(raw: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(raw ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'))
}

export class AlgoliaSearchProvider implements SearchProvider {
  readonly kind = 'algolia' as const
  private readonly admin: Algoliasearch
  private readonly reader: Algoliasearch
  private readonly indexName: string
  private settings: Promise<void> | null = null

  constructor(options: AlgoliaOptions) {
    const clientOptions = {
      ...(options.hosts ? { hosts: options.hosts } : {}),
      // An editor's save waits for this; fail fast and let the retry job try again.
      timeouts: { connect: 2_000, read: 5_000, write: 10_000 },
    }
    this.admin = algoliasearch(options.appId, options.adminApiKey, clientOptions)
    this.reader = options.searchApiKey ? algoliasearch(options.appId, options.searchApiKey, clientOptions) : this.admin
    this.indexName = options.indexName
  }

  /** Settings once per process before the first write; a rebuild pushes them again. */
  private ensureSettings(): Promise<void> {
    this.settings ??= this.pushSettings().catch((error) => {
      this.settings = null
      throw error
    })
    return this.settings
  }

  async pushSettings(): Promise<void> {
    await this.admin.setSettings({ indexName: this.indexName, indexSettings: ALGOLIA_SETTINGS })
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    if (records.length === 0) return
    await this.ensureSettings()
    await this.admin.saveObjects({ indexName: this.indexName, objects: records })
  }

  async remove(objectIDs: string[]): Promise<void> {
    if (objectIDs.length === 1) {
      await this.admin.deleteObject({ indexName: this.indexName, objectID: objectIDs[0] as string })
    } else if (objectIDs.length > 1) {
      await this.admin.deleteObjects({ indexName: this.indexName, objectIDs })
    }
  }

  async rebuild(records: SearchRecord[], synonyms: SynonymGroup[]): Promise<void> {
    await this.pushSettings()
    this.settings = Promise.resolve()
    await this.setSynonyms(synonyms)
    // Copies settings and synonyms to a temporary index, fills it and moves it over the live one:
    // visitors never see a half-built index.
    await this.admin.replaceAllObjects({ indexName: this.indexName, objects: records, batchSize: 1000 })
  }

  async clear(): Promise<void> {
    await this.admin.clearObjects({ indexName: this.indexName })
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    const synonymHit: SynonymHit[] = []
    for (const group of groups) {
      if (group.terms.length > 1) synonymHit.push({ objectID: group.id, type: 'synonym', synonyms: group.terms })
      // "Ook gezocht als": one way, from the visitor's own words to the term and its other names.
      group.related?.forEach((phrase, i) =>
        synonymHit.push({
          objectID: `${group.id}--ook-${i + 1}`,
          type: 'oneWaySynonym',
          input: phrase,
          synonyms: group.terms,
        }),
      )
    }
    await this.admin.saveSynonyms({
      indexName: this.indexName,
      synonymHit,
      replaceExistingSynonyms: true,
      forwardToReplicas: true,
    })
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const now = request.now ?? Date.now()
    const facetFields = request.facets.map((facet) => FACET_FIELDS[facet])
    const main: SearchQuery = {
      indexName: this.indexName,
      query: request.query,
      filters: filterExpression(request, null, now),
      facets: facetFields,
      maxValuesPerFacet: 100,
      page: request.page - 1,
      hitsPerPage: request.hitsPerPage,
      attributesToRetrieve: [
        'objectID',
        'type',
        'title',
        'url',
        'regions',
        'buildingBlocks',
        'audiences',
        'updatedAt',
        'summary',
      ],
    }
    // Disjunctive facets: one extra query per filtered facet, without that facet's own filter.
    const disjunctive = request.facets.filter((facet) => (request.filters[facet]?.length ?? 0) > 0)
    const extra: SearchQuery[] = disjunctive.map((facet) => ({
      indexName: this.indexName,
      query: request.query,
      filters: filterExpression(request, facet, now),
      facets: [FACET_FIELDS[facet]],
      maxValuesPerFacet: 100,
      hitsPerPage: 0,
      attributesToRetrieve: [],
      analytics: false,
    }))
    // Best bets: fetched by objectID in the same round trip, with the same filters.
    const pinnedIds = request.page === 1 ? (request.pinned ?? []) : []
    const pinnedQuery: SearchQuery[] = pinnedIds.length
      ? [
          {
            indexName: this.indexName,
            query: '',
            filters: `(${pinnedIds.map((id) => `objectID:${quote(id)}`).join(' OR ')}) AND ${filterExpression(request, null, now)}`,
            hitsPerPage: pinnedIds.length,
            attributesToRetrieve: main.attributesToRetrieve,
            analytics: false,
          },
        ]
      : []
    const response = await this.reader.search({ requests: [main, ...extra, ...pinnedQuery] })
    const [first, ...rest] = response.results as AlgoliaResult[]
    const others = rest.slice(0, extra.length)
    const pinnedHits = (rest[extra.length]?.hits ?? [])
      .filter((hit) => pinnedIds.includes(hit.objectID))
      .sort((a, b) => pinnedIds.indexOf(a.objectID) - pinnedIds.indexOf(b.objectID))
      .map((hit): SearchHit => ({ ...toHit(hit), pinned: true }))
    const facets: SearchResult['facets'] = {}
    for (const facet of request.facets) facets[facet] = facetCounts(first?.facets?.[FACET_FIELDS[facet]])
    disjunctive.forEach((facet, i) => {
      facets[facet] = facetCounts(others[i]?.facets?.[FACET_FIELDS[facet]])
    })
    return {
      hits: [...pinnedHits, ...(first?.hits ?? []).filter((hit) => !pinnedIds.includes(hit.objectID)).map(toHit)].slice(
        0,
        request.hitsPerPage,
      ),
      facets,
      total: first?.nbHits ?? 0,
      page: request.page,
      pageCount: first?.nbPages ?? 0,
    }
  }
}
