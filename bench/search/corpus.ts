/**
 * Generated Dutch documents and queries for the search benchmark. Deterministic (seeded), so two
 * runs measure the same work. The words are the field's vocabulary and compounds of it, used as
 * often as words are in real text (function words, then a Zipf–Mandelbrot curve); the sentences are
 * word salad, which is all a latency measurement needs.
 */

import { mulberry32 } from '../../seed/lib/random'

const WORDS = `jeugdbescherming jeugdbeschermer ondertoezichtstelling voogdij maatregel kinderrechter gezin ouders kind
kinderen jongere jongeren veiligheid onveiligheid risico risicotaxatie veiligheidsplan lokaal team wijkteam
gemeente regio samenwerking overdracht afschalen opschalen escalatie escalatiemodel leidinggevende management
bestuur werkdagen termijn afspraak afspraken werkwijze werkwijzen bouwsteen bouwstenen visie kernwaarden
jeugdhulp aanmelden aanmelding toewijzing aanbieder wachttijd crisis crisisplaatsing pleegzorg pleeggezin
netwerk familiegroepsplan regie regierol evaluatie plan doelen resultaten borging terugvalscenario
consultatie advies gecertificeerde instelling raad kinderbescherming onderzoek verzoek melding meldcode
huiselijk geweld kindermishandeling signaleren signalen huisarts praktijkondersteuner school onderwijs
leerplicht politie jeugdreclassering strafrecht samenloop tafel jeugdbeschermingstafel voorzitter besluit
expertteam complexe casus casuïstiek scholing training opleiding vacature werving traineeship registratie
kwaliteit monitor indicator doorlooptijd instroom uitstroom contract inkoop tarief financiering verantwoording
toekomsttuin teammodel estafettemodel pilot proef lessen ervaringen professional professionals collega
gesprek overleg bespreking uitnodiging verslag dossier privacy toestemming informatie delen ouderschap
perspectief thuis uithuisplaatsing terugplaatsing gezinshuis residentieel ambulant begeleiding behandeling
psychische problemen verslaving schulden huisvesting armoede scheiding conflict omgang gezag zorgen
achterhoek foodvalley rivierenland veluwe nijmegen arnhem apeldoorn ede tiel doetinchem harderwijk zutphen
beëindiging beëindigen evalueren vastleggen bespreken afstemmen escaleren begeleiden ondersteunen beschermen`
  .split(/\s+/)
  .filter(Boolean)

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T

/** Dutch function words: about four in ten words of real text; the engine drops them. */
const FUNCTION_WORDS = 'de het een en van in op te voor met is dat die niet aan bij als om of ook door naar wordt zijn er over dan nog wel kan moet'.split(' ')

/**
 * The vocabulary: the field's words plus compounds of two of them (Dutch writes compounds as one
 * word: "jeugdhulpaanbieder"), about 6,000 in all, in a seeded order that decides how common each is.
 */
function vocabulary(rand: () => number): string[] {
  const words = new Set(WORDS)
  while (words.size < 6000) words.add(`${pick(rand, WORDS)}${pick(rand, WORDS)}`)
  const list = [...words]
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[list[i], list[j]] = [list[j] as string, list[i] as string]
  }
  return list
}

/**
 * Zipf–Mandelbrot: the content word at rank r is used in proportion to 1/(r + 50). In real text
 * the top ranks belong to function words (added separately above), so the most common content
 * word is a fraction of a percent of all words, not one in ten as plain 1/r would make it.
 */
function zipfSampler(rand: () => number, size: number, offset = 50): () => number {
  const cumulative: number[] = []
  let total = 0
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += 1 / (rank + offset)))
  return () => {
    const target = rand() * total
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] as number) < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

const VOCABULARY = vocabulary(mulberry32(1))

function sentenceFrom(rand: () => number, next: () => number, min: number, max: number): string {
  const length = min + Math.floor(rand() * (max - min + 1))
  const words = Array.from({ length }, () => (rand() < 0.4 ? pick(rand, FUNCTION_WORDS) : (VOCABULARY[next()] as string)))
  const text = words.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

export type GeneratedDoc = { title: string; slug: string; summary: string; paragraphs: string[] }

/** Documents of about 300 words in 3–6 paragraphs, with a title and a one-sentence summary. */
export function generateDocs(count: number, seed = 20260601): GeneratedDoc[] {
  const rand = mulberry32(seed)
  const next = zipfSampler(rand, VOCABULARY.length)
  return Array.from({ length: count }, (_, i) => {
    const title = sentenceFrom(rand, next, 3, 7).slice(0, -1)
    const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentenceFrom(rand, next, 8, 18)).join(' '),
    )
    return { title, slug: `bench-${i + 1}`, summary: sentenceFrom(rand, next, 12, 24), paragraphs }
  })
}

/** Query words: the 2,000 most used, evenly: people search for topics, common and rare alike. */
const queryWord = (rand: () => number) => VOCABULARY[Math.floor(rand() * 2000)] as string

function typo(rand: () => number, word: string): string {
  if (word.length < 6) return word
  const at = 1 + Math.floor(rand() * (word.length - 2))
  // Swap two neighbours or drop one letter: the typos people make on a phone.
  return rand() < 0.5 ? `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}` : `${word.slice(0, at)}${word.slice(at + 1)}`
}

const QUESTIONS = [
  'hoe beëindig ik een ondertoezichtstelling',
  'wat doe ik als de samenwerking vastloopt',
  'wanneer moet ik opschalen naar de raad',
  'wie regelt de overdracht naar het lokale team',
  'waar meld ik huiselijk geweld',
]
const ABBREVIATIONS = ['ots', 'vt', 'gi', 'rvdk', 'ret', 'lt', 'jb', 'skj']

/** 200 queries as people type them: words, pairs, typos, prefixes, abbreviations, questions. */
export function generateQueries(count = 200, seed = 7): string[] {
  const rand = mulberry32(seed)
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 20
    if (kind < 7) return queryWord(rand)
    if (kind < 12) return `${queryWord(rand)} ${queryWord(rand)}`
    if (kind < 15) return typo(rand, pick(rand, WORDS.filter((w) => w.length >= 8)))
    if (kind < 17) return queryWord(rand).slice(0, 4)
    if (kind < 19) return `${pick(rand, ABBREVIATIONS)} ${queryWord(rand)}`
    return pick(rand, QUESTIONS)
  })
}
