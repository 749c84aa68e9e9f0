import type { Payload } from 'payload'

import { AUDIENCES } from '../constants/taxonomy'
import { memoForVisitors, PAGE_LIFETIME_SECONDS } from '../lib/cache'
import type { SearchParams } from './params'
import * as searchIndex from './indexOwner'
import { bestBetsFor, bestBetsGeneration } from './best-bets'
import { recentAnswers, type RecentAnswers } from './recentAnswers'
import { nearestTerms } from './suggest'
import { FACETS, type FacetName, type SearchHit, searchTypeLabel } from './types'

export type LabelledFacet = { value: string; label: string; count: number; selected: boolean }

export type PortalSearchResult = {
  query: string
  hits: (SearchHit & { typeLabel: string })[]
  facets: Record<FacetName, LabelledFacet[]>
  total: number
  page: number
  pageCount: number
  engine: 'embedded' | 'algolia'
  /** Glossary terms near a query that found nothing, to try instead. */
  suggestions: string[]
}

/**
 * Names for facet values; regions and building blocks as a visitor sees them published. Kept in
 * memory with the index and dropped on every change (src/lib/cache.ts): no query per search.
 */
function facetLabels(payload: Payload): Promise<Record<FacetName, Map<string, string>>> {
  return memoForVisitors('search:facet-labels', () => readFacetLabels(payload))
}

async function readFacetLabels(payload: Payload): Promise<Record<FacetName, Map<string, string>>> {
  const [regions, blocks] = await Promise.all([
    payload.find({
      collection: 'regions',
      overrideAccess: false,
      user: null,
      depth: 0,
      pagination: false,
      select: { slug: true, title: true },
    }),
    payload.find({
      collection: 'building-blocks',
      overrideAccess: false,
      user: null,
      depth: 0,
      pagination: false,
      select: { slug: true, title: true, number: true },
    }),
  ])
  return {
    type: new Map(),
    region: new Map(regions.docs.map((r) => [r.slug ?? '', r.title])),
    buildingBlock: new Map(blocks.docs.map((b) => [String(b.number), `${b.number}. ${b.title}`])),
    audience: new Map(AUDIENCES.map((a) => [a.value, a.label])),
  }
}

/** At most this many answers per instance (a few MB); see src/search/recentAnswers.ts. */
const RECENT_ANSWERS = 500
const answersOf = new WeakMap<Payload, RecentAnswers<PortalSearchResult>>()

/**
 * One search as /zoeken and /api/search run it: engine, facets with names, types with labels. The
 * same question asked again, while the index and the best bets stay as they were, gets the answer
 * given before (no older than a cached page). Callers must not change the answer they get.
 */
export async function runSearch(payload: Payload, params: SearchParams): Promise<PortalSearchResult> {
  await searchIndex.ready(payload)
  let answers = answersOf.get(payload)
  if (!answers) {
    answers = recentAnswers({ maxEntries: RECENT_ANSWERS, lifetimeMs: PAGE_LIFETIME_SECONDS * 1000 })
    answersOf.set(payload, answers)
  }
  const stamp = `${searchIndex.version(payload)}:${bestBetsGeneration()}`
  return answers.get(JSON.stringify(params), stamp, () => answer(payload, params))
}

async function answer(payload: Payload, params: SearchParams): Promise<PortalSearchResult> {
  const provider = searchIndex.provider(payload)
  // Best bets: the pages editors pinned to this query, first on the first page.
  const pinned = params.q && params.page === 1 ? await bestBetsFor(payload, params.q) : []
  const [result, labels] = await Promise.all([
    provider.search({
      query: params.q,
      filters: params.filters,
      facets: FACETS,
      page: params.page,
      hitsPerPage: params.limit,
      pinned,
    }),
    facetLabels(payload),
  ])
  const facets = {} as PortalSearchResult['facets']
  for (const facet of FACETS) {
    const selected = params.filters[facet] ?? []
    const counts = result.facets[facet] ?? []
    const label = (value: string) => (facet === 'type' ? searchTypeLabel(value) : (labels[facet].get(value) ?? value))
    const listed = counts
      // A value nobody can name any more (a region since unpublished) is not offered.
      .filter((c) => facet === 'type' || labels[facet].has(c.value))
      .map((c) => ({ value: c.value, label: label(c.value), count: c.count, selected: selected.includes(c.value) }))
    // A selected value stays visible with 0 so the visitor can switch it off.
    for (const value of selected) {
      if (!listed.some((f) => f.value === value)) listed.push({ value, label: label(value), count: 0, selected: true })
    }
    facets[facet] = listed
  }
  return {
    query: params.q,
    suggestions: result.total === 0 && params.q ? await suggestTerms(payload, params.q) : [],
    hits: result.hits.map((hit) => ({ ...hit, typeLabel: searchTypeLabel(hit.type) })),
    facets,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    engine: provider.kind,
  }
}

/** Published glossary terms nearest to a query without results. */
async function suggestTerms(payload: Payload, q: string): Promise<string[]> {
  return nearestTerms(q, await memoForVisitors('search:glossary-names', () => glossaryNames(payload)))
}

async function glossaryNames(payload: Payload): Promise<{ title: string; names: string[] }[]> {
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    overrideAccess: false,
    user: null,
    depth: 0,
    pagination: false,
    select: { title: true, abbreviation: true, synonyms: true, alsoSearchedAs: true },
  })
  return docs.map((term) => ({
    title: term.title,
    names: [term.title, term.abbreviation ?? '', ...(term.synonyms ?? []), ...(term.alsoSearchedAs ?? [])],
  }))
}
