import type { Query } from 'minisearch'

import type { QueryUnit } from '../../synonyms'
import { processTerm } from '../../text/normalize'
import type { TermTree } from './miniSearchIndex'

/** Typos: one edit from five letters on, two from ten; short words and abbreviations stay exact. */
const fuzziness = (term: string): number | false =>
  /\d/.test(term) ? false : term.length >= 10 ? 2 : term.length >= 5 ? 1 : false

/**
 * Completions per word: enough for every compound of a word in the portal's own texts, bounded for
 * "jeu" in a large index. Scoring costs per matching document, so the bound is in documents too.
 */
const MAX_COMPLETIONS = { last: 24, other: 8 }
const COMPLETION_DOCS_BUDGET = 2_000
const MIN_COMPLETIONS = 1

/** A completion counts for less than the word as typed, like MiniSearch's own prefix weight. */
const completionWeight = (typed: string, term: string) =>
  (0.5 * term.length) / (term.length + 0.3 * (term.length - typed.length))

/** Completions are index terms already: no second tokenising or stemming. */
const asIs = { processTerm: (term: string) => term, tokenize: (text: string) => [text] }

/** The index terms that start with `term`, shortest first: the likeliest completions. */
function completions(tree: TermTree, term: string, max: number): string[] {
  const found: { term: string; docs: number }[] = []
  for (const [candidate, fields] of tree.atPrefix(term)) {
    if (candidate === term) continue
    let docs = 0
    for (const postings of fields.values()) docs += postings.size
    if (docs > 0) found.push({ term: candidate, docs })
  }
  found.sort((a, b) => a.term.length - b.term.length || b.docs - a.docs)
  const chosen: string[] = []
  let docs = 0
  for (const candidate of found) {
    if (chosen.length >= max || (chosen.length >= MIN_COMPLETIONS && docs + candidate.docs > COMPLETION_DOCS_BUDGET))
      break
    chosen.push(candidate.term)
    docs += candidate.docs
  }
  return chosen
}

/** What another name of the same thing counts for, shared among all other names. */
const SYNONYM_WEIGHT = 0.8

export type QueryPlan = {
  query: Query
  termsPerUnit: Set<string>[]
  /** Per unit, how much answering it counts: its weight times how rare its words are. */
  unitWeights: number[]
  /** Index term → the units it answers (a completion or synonym may answer several). */
  unitsOfTerm: Map<string, number[]>
}

/** Documents holding a term (the most in any one field: a cheap, close estimate). */
function documentFrequency(tree: TermTree, term: string): number {
  let docs = 0
  for (const postings of tree.get(term)?.values() ?? []) docs = Math.max(docs, postings.size)
  return docs
}

/**
 * Turns the units of a query into one MiniSearch query. A unit is a word or a phrase; any of its
 * alternatives (synonyms) counts as the unit being matched.
 *
 * - The last word is still being typed, so it completes from three letters ("escal"); earlier
 *   words from four, fewer of them, which joins compounds ("jeugdbescherming tafel") and verb
 *   forms the stemmer leaves apart ("meld", "meldt"). Synonyms are whole phrases: not completed.
 * - Typos are tolerated only for a unit none of whose words the index knows, so a correctly
 *   spelled query never pays for fuzzy matching.
 * - Without the term tree, MiniSearch's own prefix and fuzzy search do the same, more slowly.
 */
export function planQuery(units: QueryUnit[], tree: TermTree | null, documentCount = 0): QueryPlan {
  const termsPerUnit: Set<string>[] = []
  const unitWeights: number[] = []
  const queries = units.map((unit, unitIndex): Query => {
    const last = unitIndex === units.length - 1
    const minimum = last ? 3 : 4
    const words = unit.alternatives.map((alternative, alternativeIndex) =>
      alternative.map((word) => {
        const term = processTerm(word) ?? word
        const complete = tree !== null && alternativeIndex === 0 && !unit.colloquial && term.length >= minimum
        const more = complete ? completions(tree, term, last ? MAX_COMPLETIONS.last : MAX_COMPLETIONS.other) : []
        return { word, term, more, known: tree === null || tree.has(term) || more.length > 0 }
      }),
    )
    const fuzzy = !words.some((alternative) => alternative.every((w) => w.known))
    const terms = new Set<string>()
    termsPerUnit.push(terms)
    // A word on every page ("gezin", "jeugdbescherming") says less about the answer than a rare one.
    let rarity = 1
    if (tree !== null && documentCount > 0) {
      let docs = 0
      for (const alternative of words)
        for (const w of alternative) docs = Math.max(docs, w.known ? documentFrequency(tree, w.term) : 0)
      rarity = Math.log(1 + documentCount / (docs + 1)) / Math.log(1 + documentCount)
      rarity = Math.max(0.15, rarity)
    }
    unitWeights.push(unit.weight * rarity)
    // Filler words still order pages, but a page full of them does not outrank one on topic.
    const boost = unit.weight < 1 ? { boostTerm: () => unit.weight } : {}
    const leaf = ({ word, term, more }: (typeof words)[number][number]): Query => {
      terms.add(term)
      if (tree === null) return { queries: [word], prefix: term.length >= minimum, fuzzy: fuzziness(term), ...boost }
      const exact: Query = { queries: [word], prefix: false, fuzzy: fuzzy ? fuzziness(term) : false, ...boost }
      if (more.length === 0) return exact
      for (const completion of more) terms.add(completion)
      const completed = more.map((completion): Query => ({
        ...asIs,
        queries: [completion],
        prefix: false,
        fuzzy: false,
        boostTerm: () => completionWeight(term, completion) * unit.weight,
      }))
      return { combineWith: 'OR', queries: [exact, ...completed] }
    }
    // The words as typed count fully; the other names of the same thing share a smaller weight, so
    // a page that uses many of them ("lokaal team", "wijkteam", "sociaal team") is not counted as
    // answering the question many times over.
    const others = Math.max(1, words.length - 1)
    const alternatives = words.map((alternative, alternativeIndex): Query => {
      const weight = alternativeIndex === 0 ? 1 : SYNONYM_WEIGHT / Math.sqrt(others)
      const node: Query =
        alternative.length === 1 ? leaf(alternative[0]!) : { combineWith: 'AND', queries: alternative.map(leaf) }
      return weight === 1 ? node : { combineWith: 'OR', queries: [node], boostTerm: () => weight * unit.weight }
    })
    return alternatives.length === 1 ? alternatives[0]! : { combineWith: 'OR', queries: alternatives }
  })
  const unitsOfTerm = new Map<string, number[]>()
  termsPerUnit.forEach((terms, unit) => {
    for (const term of terms) unitsOfTerm.set(term, [...(unitsOfTerm.get(term) ?? []), unit])
  })
  return { query: { combineWith: 'OR', queries }, termsPerUnit, unitWeights, unitsOfTerm }
}
