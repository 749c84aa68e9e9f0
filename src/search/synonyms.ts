import { isFiller } from './text/stopwords'
import { analyze, phraseWords } from './text/normalize'
import type { SynonymGroup } from './types'

/**
 * Abbreviations every professional in the field uses, so search understands them even before an
 * editor has entered them in the glossary. The glossary (glossary-terms: term, abbreviation,
 * synonyms) adds to these and wins where it says more.
 */
export const BASE_SYNONYMS: SynonymGroup[] = [
  { id: 'base-ots', terms: ['OTS', 'ondertoezichtstelling'] },
  { id: 'base-vt', terms: ['VT', 'Veilig Thuis'] },
  { id: 'base-gi', terms: ['GI', 'gecertificeerde instelling'] },
  { id: 'base-rvdk', terms: ['RvdK', 'Raad voor de Kinderbescherming'] },
  { id: 'base-jb', terms: ['JB', 'jeugdbescherming'] },
  { id: 'base-jr', terms: ['JR', 'jeugdreclassering'] },
  { id: 'base-lt', terms: ['LT', 'lokaal team', 'wijkteam'] },
  { id: 'base-ret', terms: ['RET', 'Regionaal Expertteam', 'Regionaal Expertise Team', 'Regionaal Expert Team'] },
  { id: 'base-skj', terms: ['SKJ', 'Stichting Kwaliteitsregister Jeugd'] },
  { id: 'base-lvb', terms: ['LVB', 'licht verstandelijke beperking'] },
]

export type GlossarySource = {
  slug?: string | null
  title: string
  abbreviation?: string | null
  synonyms?: string[] | null
  /** "Ook gezocht als": how visitors put it in their own words; leads one way, to the term. */
  alsoSearchedAs?: string[] | null
}

/**
 * One group per glossary term: the term, its abbreviation, its synonyms and "(…)" asides, and the
 * phrases it is also searched as.
 */
export function glossaryGroups(terms: GlossarySource[]): SynonymGroup[] {
  const groups: SynonymGroup[] = []
  for (const term of terms) {
    const names = [term.title, term.abbreviation ?? '', ...(term.synonyms ?? [])]
    const expanded = names.flatMap((name) => {
      const aside = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name)
      return aside ? [aside[1] as string, aside[2] as string] : [name]
    })
    const unique = [...new Set(expanded.map((n) => n.trim()).filter(Boolean))]
    const related = [...new Set((term.alsoSearchedAs ?? []).map((p) => p.trim()).filter(Boolean))]
    if (unique.length > 1 || related.length > 0) {
      groups.push({ id: `glossary-${term.slug ?? term.title}`, terms: unique, ...(related.length ? { related } : {}) })
    }
  }
  return groups
}

const phraseKey = (phrase: string): string =>
  analyze(phrase)
    .map((t) => t.term)
    .join(' ')

/**
 * Joins groups that share a phrase (the glossary's "OTS" group and the built-in one become one),
 * and drops phrases that reduce to nothing (only stop words).
 */
export function mergeSynonymGroups(groups: SynonymGroup[]): SynonymGroup[] {
  const merged: { id: string; terms: Map<string, string>; related: Set<string> }[] = []
  const byKey = new Map<string, (typeof merged)[number]>()
  for (const group of groups) {
    const keys = group.terms.map((term) => [phraseKey(term), term] as const).filter(([key]) => key !== '')
    const targets = [...new Set(keys.map(([key]) => byKey.get(key)).filter((g) => g !== undefined))]
    const target = targets[0] ?? { id: group.id, terms: new Map<string, string>(), related: new Set<string>() }
    if (!targets[0]) merged.push(target)
    for (const other of targets.slice(1)) {
      for (const [key, term] of other.terms) target.terms.set(key, term)
      for (const phrase of other.related) target.related.add(phrase)
      merged.splice(merged.indexOf(other), 1)
    }
    for (const phrase of group.related ?? []) if (phraseWords(phrase).length > 0) target.related.add(phrase)
    for (const [key, term] of keys) if (!target.terms.has(key)) target.terms.set(key, term)
    for (const key of target.terms.keys()) byKey.set(key, target)
  }
  return merged
    .filter((g) => g.terms.size > 1 || g.related.size > 0)
    .map((g) => ({ id: g.id, terms: [...g.terms.values()], ...(g.related.size ? { related: [...g.related] } : {}) }))
}

/** One meaningful part of a query: a word, or a phrase with the phrases that mean the same. */
export type QueryUnit = {
  /** Each alternative is a list of words that must all occur. The first is what was typed. */
  alternatives: string[][]
  /**
   * How much the unit counts towards "the page answers the whole question": 1, or less for the
   * words of a question that carry little topic ("precies", "gebeurt", "hoeveel").
   */
  weight: number
  /** Found through a phrase from "Ook gezocht als": the visitor described a situation. */
  colloquial?: boolean
}

/** Filler words count a little: enough to order pages when nothing else is typed, never to flood. */
export const FILLER_WEIGHT = 0.2

type Token = { word: string; term: string }

export class SynonymExpander {
  private readonly phrases = new Map<string, string[][]>()
  private readonly longest: number
  /** "Ook gezocht als": key over every word (function words included) → the terms it leads to. */
  private readonly related = new Map<string, string[][]>()
  private readonly longestRelated: number

  constructor(groups: SynonymGroup[]) {
    let longest = 1
    let longestRelated = 0
    for (const group of mergeSynonymGroups(groups)) {
      const variants = group.terms.map((term) => analyze(term))
      const alternatives = variants.map((v) => v.map((t) => t.word)).filter((a) => a.length > 0)
      if (group.terms.length > 1) {
        for (const variant of variants) {
          if (variant.length === 0) continue
          const key = variant.map((t) => t.term).join(' ')
          this.phrases.set(key, alternatives)
          longest = Math.max(longest, variant.length)
        }
      }
      for (const phrase of group.related ?? []) {
        const words = phraseWords(phrase)
        if (words.length === 0 || alternatives.length === 0) continue
        const key = words.map((w) => w.key).join(' ')
        // Two terms claiming one phrase: both are offered.
        this.related.set(key, [...(this.related.get(key) ?? []), ...alternatives])
        longestRelated = Math.max(longestRelated, words.length)
      }
    }
    this.longest = longest
    this.longestRelated = longestRelated
  }

  /**
   * Splits a query into units. Phrases visitors use for a glossary term are found first, over all
   * words as typed ("niet eens worden" is nothing but function words); then the rest is split
   * into words and known phrases, longest first ("raad voor de kinderbescherming").
   */
  expand(query: string): QueryUnit[] {
    if (this.longestRelated === 0) return this.expandTokens(analyze(query))
    const words = phraseWords(query)
    const units: QueryUnit[] = []
    let pending: Token[] = []
    const relatedTo = (slice: typeof words) => this.related.get(slice.map((w) => w.key).join(' '))
    for (const { slice, match: targets } of longestMatches(words, this.longestRelated, relatedTo)) {
      if (!targets) {
        const { word, term } = slice[0]!
        if (term !== null) pending.push({ word, term })
        continue
      }
      units.push(...this.expandTokens(pending))
      pending = []
      // What was typed still counts when a page uses the same words.
      const typed = slice.filter((w) => w.term !== null).map((w) => w.word)
      const alternatives = typed.length ? [typed, ...targets] : targets
      units.push({ alternatives: dedupe(alternatives), weight: 1, colloquial: true })
    }
    units.push(...this.expandTokens(pending))
    return units
  }

  private expandTokens(tokens: Token[]): QueryUnit[] {
    const phraseOf = (slice: Token[]) => this.phrases.get(slice.map((t) => t.term).join(' '))
    return longestMatches(tokens, this.longest, phraseOf).map(({ slice, match: alternatives }) => {
      if (!alternatives) {
        const { word } = slice[0]!
        return { alternatives: [[word]], weight: isFiller(word) ? FILLER_WEIGHT : 1 }
      }
      const typed = slice.map((t) => t.word)
      const others = alternatives.filter((alt) => alt.join(' ') !== typed.join(' '))
      return { alternatives: [typed, ...others], weight: 1 }
    })
  }
}

/**
 * Splits `items` left to right into the longest runs (at most `longest` items) that `lookup`
 * knows, so "raad voor de kinderbescherming" is one phrase and not four words; an item that starts
 * no known run stands alone, without a match.
 */
export function longestMatches<T, M>(
  items: readonly T[],
  longest: number,
  lookup: (slice: T[]) => M | undefined,
): { slice: T[]; match?: M }[] {
  const runs: { slice: T[]; match?: M }[] = []
  for (let i = 0; i < items.length;) {
    let run: { slice: T[]; match?: M } = { slice: [items[i]!] }
    for (let length = Math.min(longest, items.length - i); length >= 1; length--) {
      const slice = items.slice(i, i + length)
      const match = lookup(slice)
      if (match !== undefined) {
        run = { slice, match }
        break
      }
    }
    runs.push(run)
    i += run.slice.length
  }
  return runs
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>()
  return alternatives.filter((alt) => {
    const key = alt.join(' ')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
