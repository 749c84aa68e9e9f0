import { analyze } from './text/normalize'
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
}

/** One group per glossary term: the term, its abbreviation, its synonyms and "(…)" asides. */
export function glossaryGroups(terms: GlossarySource[]): SynonymGroup[] {
  const groups: SynonymGroup[] = []
  for (const term of terms) {
    const names = [term.title, term.abbreviation ?? '', ...(term.synonyms ?? [])]
    const expanded = names.flatMap((name) => {
      const aside = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name)
      return aside ? [aside[1] as string, aside[2] as string] : [name]
    })
    const unique = [...new Set(expanded.map((n) => n.trim()).filter(Boolean))]
    if (unique.length > 1) groups.push({ id: `glossary-${term.slug ?? term.title}`, terms: unique })
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
  const merged: { id: string; terms: Map<string, string> }[] = []
  const byKey = new Map<string, (typeof merged)[number]>()
  for (const group of groups) {
    const keys = group.terms.map((term) => [phraseKey(term), term] as const).filter(([key]) => key !== '')
    const targets = [...new Set(keys.map(([key]) => byKey.get(key)).filter((g) => g !== undefined))]
    const target = targets[0] ?? { id: group.id, terms: new Map<string, string>() }
    if (!targets[0]) merged.push(target)
    for (const other of targets.slice(1)) {
      for (const [key, term] of other.terms) target.terms.set(key, term)
      merged.splice(merged.indexOf(other), 1)
    }
    for (const [key, term] of keys) if (!target.terms.has(key)) target.terms.set(key, term)
    for (const key of target.terms.keys()) byKey.set(key, target)
  }
  return merged.filter((g) => g.terms.size > 1).map((g) => ({ id: g.id, terms: [...g.terms.values()] }))
}

/** One meaningful part of a query: a word, or a phrase with the phrases that mean the same. */
export type QueryUnit = {
  /** Each alternative is a list of words that must all occur. The first is what was typed. */
  alternatives: string[][]
}

export class SynonymExpander {
  private readonly phrases = new Map<string, string[][]>()
  private readonly longest: number

  constructor(groups: SynonymGroup[]) {
    let longest = 1
    for (const group of mergeSynonymGroups(groups)) {
      const variants = group.terms.map((term) => analyze(term))
      const alternatives = variants.map((v) => v.map((t) => t.word))
      for (const variant of variants) {
        const key = variant.map((t) => t.term).join(' ')
        this.phrases.set(key, alternatives)
        longest = Math.max(longest, variant.length)
      }
    }
    this.longest = longest
  }

  /** Splits a query into units, longest known phrase first ("raad voor de kinderbescherming"). */
  expand(query: string): QueryUnit[] {
    const tokens = analyze(query)
    const units: QueryUnit[] = []
    for (let i = 0; i < tokens.length; ) {
      let matched = 0
      for (let length = Math.min(this.longest, tokens.length - i); length >= 1 && !matched; length--) {
        const slice = tokens.slice(i, i + length)
        const alternatives = this.phrases.get(slice.map((t) => t.term).join(' '))
        if (!alternatives) continue
        const typed = slice.map((t) => t.word)
        const others = alternatives.filter((alt) => alt.join(' ') !== typed.join(' '))
        units.push({ alternatives: [typed, ...others] })
        matched = length
      }
      if (!matched) {
        units.push({ alternatives: [[tokens[i]!.word]] })
        matched = 1
      }
      i += matched
    }
    return units
  }
}
