import MiniSearch, { type Query, type SearchOptions } from 'minisearch'

import { processTerm, tokenize } from '../../text/normalize'
import type { SearchRecord } from '../../types'

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
  // Prefixes and typos are planned per word (see queryPlan.ts), not switched on wholesale.
  prefix: false,
  fuzzy: false,
  maxFuzzy: 2,
  weights: { prefix: 0.5, fuzzy: 0.4 },
  combineWith: 'OR',
}

export function createIndex(): MiniSearch<SearchRecord> {
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

/*
 * Two internals of the pinned MiniSearch 7.2 release, each behind a check with a fallback to the
 * public API, so a future release degrades to slower, not to wrong:
 * - the term dictionary (a radix tree), to plan completions and typo tolerance per word;
 * - the raw query result, to score, filter and count in one pass without first materialising and
 *   sorting every matching document.
 */

export type TermTree = {
  has: (term: string) => boolean
  get: (term: string) => Map<number, Map<number, number>> | undefined
  atPrefix: (prefix: string) => Iterable<[string, Map<number, Map<number, number>>]>
}

export const termTree = (index: MiniSearch<SearchRecord>): TermTree | null => {
  // A private field of MiniSearch (see above): not in its types.
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index
  return typeof tree?.has === 'function' && typeof tree.get === 'function' && typeof tree.atPrefix === 'function'
    ? (tree as TermTree)
    : null
}

/** One matching document: its score, the query terms it matched, and (on demand) the index terms. */
export type RawMatch = {
  id: string
  score: number
  queryTerms: string[]
  matchedTerms: () => string[]
  /** Index term → the fields it was found in; null when the public API was used. */
  fields: Record<string, string[]> | null
}

type Internals = {
  executeQuery?: (
    query: Query,
    options?: SearchOptions,
  ) => Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>
  _documentIds?: Map<number, string>
}

/** Calls `visit` for every matching document, in no particular order. */
export function forEachMatch(index: MiniSearch<SearchRecord>, query: Query, visit: (match: RawMatch) => void): void {
  // Private methods and fields of MiniSearch (see above): not in its types.
  const internals = index as unknown as Internals
  if (typeof internals.executeQuery === 'function' && internals._documentIds instanceof Map) {
    const ids = internals._documentIds
    for (const [shortId, raw] of internals.executeQuery.call(index, query)) {
      const id = ids.get(shortId)
      // MiniSearch's own search multiplies by the number of query terms matched; the engine weighs
      // coverage per part of the question instead, so that the many words of one synonym group
      // ("lokaal team", "wijkteam", "sociaal team" …) do not count as many answers.
      if (id !== undefined) {
        visit({
          id,
          score: raw.score,
          queryTerms: raw.terms,
          matchedTerms: () => Object.keys(raw.match),
          fields: raw.match,
        })
      }
    }
    return
  }
  for (const result of index.search(query)) {
    visit({
      id: result.id as string,
      score: result.score,
      queryTerms: result.queryTerms,
      matchedTerms: () => result.terms,
      fields: result.match,
    })
  }
}
