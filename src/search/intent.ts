import { foldWord } from './text/normalize'
import type { SearchType } from './types'

/**
 * What kind of answer a query asks for, read from its question words before they are dropped:
 * - definition: "wat is een OTS", "wat betekent estafettemodel": the glossary answers;
 * - procedure: "hoe meld ik …", "wanneer mag ik afschalen", "wie is mijn contactpersoon": a
 *   working method or the escalation model answers, a definition less so;
 * - none: a few words without a question ("ots beeindigen").
 */
export type QueryIntent = {
  kind: 'definition' | 'procedure' | 'none'
  /** A type the query names itself: "in welke regio", "training …", "vacature …". */
  named: SearchType | null
}

/** Words with which a visitor asks for a kind of page. */
const TYPE_WORDS: Record<string, SearchType> = {
  regio: 'regio',
  regios: 'regio',
  training: 'scholing',
  trainingen: 'scholing',
  cursus: 'scholing',
  scholing: 'scholing',
  opleiding: 'scholing',
  vacature: 'vacature',
  vacatures: 'vacature',
  baan: 'vacature',
  toekomsttuin: 'toekomsttuin',
  pilot: 'toekomsttuin',
  bouwsteen: 'bouwsteen',
  werkwijze: 'werkwijze',
  begrip: 'begrip',
}

const PERSONAL = new Set(['ik', 'we', 'wij', 'mijn', 'onze', 'ons', 'je', 'jij', 'jouw'])
const QUESTION = new Set(['hoe', 'wanneer', 'waar', 'wie', 'welke', 'welk', 'mag', 'kan', 'moet', 'waarom', 'wat'])
const DEFINING_VERBS = new Set(['is', 'zijn', 'betekent', 'betekenen', 'doet', 'houdt', 'bedoelen', 'bedoeld'])

export function queryIntent(query: string, colloquial = false): QueryIntent {
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord)
  const named = words.length > 1 ? (words.map((w) => TYPE_WORDS[w]).find(Boolean) ?? null) : null
  return { kind: intentKind(words, colloquial), named }
}

function intentKind(words: string[], colloquial: boolean): QueryIntent['kind'] {
  if (words.length < 2) return 'none'
  if (words[0] === 'wat' && DEFINING_VERBS.has(words[1]!) && !words.some((w) => PERSONAL.has(w))) return 'definition'
  if (words[0] === 'betekenis') return 'definition'
  // Own words for a glossary term ("maatregel afgelopen") describe a situation, not a word to define.
  if (colloquial || words.some((w) => PERSONAL.has(w))) return 'procedure'
  return QUESTION.has(words[0]!) ? 'procedure' : 'none'
}

/**
 * How much a page of a type counts, before its words do. Working methods, the escalation model,
 * building blocks and the glossary are what the portal is for; an organisation's entry, a
 * training or a vacancy that uses the same words is seldom the answer, so it gives way when the
 * match is otherwise equal, and still wins when it is clearly better ("vacature teamleider").
 */
const TYPE_PRIOR: Partial<Record<SearchType, number>> = { organisatie: 0.6, vacature: 0.75, scholing: 0.85 }

export function typeWeight(type: SearchType, intent: QueryIntent): number {
  if (intent.named === type) return 1.5
  let weight = TYPE_PRIOR[type] ?? 1
  if (intent.kind === 'definition' && type === 'begrip') weight *= 1.5
  if (intent.kind === 'procedure') {
    if (type === 'begrip') weight *= 0.5
    if (type === 'werkwijze' || type === 'escalatiemodel') weight *= 1.2
  }
  return weight
}
