import type { Query } from 'minisearch'

import type { QueryUnit } from '../../synonyms'
import { processTerm } from '../../text/normalize'
import type { TermTree } from './miniSearchIndex'

/** Typos: one edit from five letters on, two from ten; short words and abbreviations stay exact. */
const fuzziness = (term: string): number | false => (/\d/.test(term) ? false : term.length >= 10 ? 2 : term.length >= 5 ? 1 : false)

/**
 * Completions per word: enough for every compound of a word in the portal's own texts, bounded for
 * "jeu" in a large index. Scoring costs per matching document, so the bound is in documents too.
 */
const MAX_COMPLETIONS = { last: 24, other: 8 }
const COMPLETION_DOCS_BUDGET = 2_000
const MIN_COMPLETIONS = 1

/** A completion counts for less than the word as typed, like MiniSearch's own prefix weight. */
const completionWeight = (typed: string, term: string) => (0.5 * term.length) / (term.length + 0.3 * (term.length - typed.length))

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
    if (chosen.length >= max || (chosen.length >= MIN_COMPLETIONS && docs + candidate.docs > COMPLETION_DOCS_BUDGET)) break
    chosen.push(candidate.term)
    docs += candidate.docs
  }
  return chosen
}

export type QueryPlan = { query: Query; termsPerUnit: Set<string>[] }

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
export function planQuery(units: QueryUnit[], tree: TermTree | null): QueryPlan {
  const termsPerUnit: Set<string>[] = []
  const queries = units.map((unit, unitIndex): Query => {
    const last = unitIndex === units.length - 1
    const minimum = last ? 3 : 4
    const words = unit.alternatives.map((alternative, alternativeIndex) =>
      alternative.map((word) => {
        const term = processTerm(word) ?? word
        const complete = tree !== null && alternativeIndex === 0 && term.length >= minimum
        const more = complete ? completions(tree, term, last ? MAX_COMPLETIONS.last : MAX_COMPLETIONS.other) : []
        return { word, term, more, known: tree === null || tree.has(term) || more.length > 0 }
      }),
    )
    const fuzzy = !words.some((alternative) => alternative.every((w) => w.known))
    const terms = new Set<string>()
    termsPerUnit.push(terms)
    const leaf = ({ word, term, more }: (typeof words)[number][number]): Query => {
      terms.add(term)
      if (tree === null) return { queries: [word], prefix: term.length >= minimum, fuzzy: fuzziness(term) }
      const exact: Query = { queries: [word], prefix: false, fuzzy: fuzzy ? fuzziness(term) : false }
      if (more.length === 0) return exact
      for (const completion of more) terms.add(completion)
      const completed = more.map(
        (completion): Query => ({ ...asIs, queries: [completion], prefix: false, fuzzy: false, boostTerm: () => completionWeight(term, completion) }),
      )
      return { combineWith: 'OR', queries: [exact, ...completed] }
    }
    const alternatives = words.map((alternative): Query =>
      alternative.length === 1 ? leaf(alternative[0]!) : { combineWith: 'AND', queries: alternative.map(leaf) },
    )
    return alternatives.length === 1 ? alternatives[0]! : { combineWith: 'OR', queries: alternatives }
  })
  return { query: { combineWith: 'OR', queries }, termsPerUnit }
}
