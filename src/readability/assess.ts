import { findJargon, type JargonTerm } from './jargon'
import { type Level, levelForScore, levelRank, MIN_SCORE, SENTENCE_LIMIT, type TargetLevel } from './levels'
import { isPassive } from './passive'
import { splitSentences, wordsOf } from './sentences'
import { countSyllables } from './syllables'

/**
 * The readability of a Dutch text: the Flesch-Douma score and the signals behind it. Pure: the
 * glossary terms come in as a list, so the admin (in the browser) and the save hook (on the
 * server) compute the same thing. How and why: docs/adr/0006-readability.md.
 */

/** Flesch-Douma (Douma 1960): Flesch's reading ease with the weights refitted for Dutch. */
export const FLESCH_DOUMA = { base: 206.835, perWordsPerSentence: 0.93, perSyllablesPerWord: 77 } as const

export function fleschDouma(wordsPerSentence: number, syllablesPerWord: number): number {
  return FLESCH_DOUMA.base - FLESCH_DOUMA.perWordsPerSentence * wordsPerSentence - FLESCH_DOUMA.perSyllablesPerWord * syllablesPerWord
}

/** A long word: four syllables or more, or more than thirteen letters (the long compounds Dutch makes). */
export function isLongWord(word: string, syllables = countSyllables(word)): boolean {
  return syllables >= 4 || word.replace(/[^\p{L}]/gu, '').length > 13
}

/** Points added to the distance per unexplained glossary term in a text meant for B1 readers. */
export const JARGON_PENALTY = 5

export type SentenceReason =
  | { kind: 'long'; words: number }
  | { kind: 'longWords'; words: string[] }
  | { kind: 'passive' }
  | { kind: 'jargon'; terms: string[] }

export type DifficultSentence = { index: number; text: string; score: number; reasons: SentenceReason[] }

export type Assessment = {
  /** Flesch-Douma, 0–100 (higher is easier), one decimal. */
  score: number
  level: Level
  target: TargetLevel | null
  /** How far the text is from its target: score points below the target's minimum, plus jargon; 0 when on target. */
  distance: number
  sentences: number
  words: number
  averageSentenceLength: number
  syllablesPerWord: number
  /** Shares as fractions (0–1). */
  longWordShare: number
  passiveShare: number
  unexplainedTerms: string[]
  /** The sentences that pull the score down most, hardest first (at most `maxSentences`). */
  difficultSentences: DifficultSentence[]
}

export type AssessOptions = {
  target?: TargetLevel | null
  terms?: readonly JargonTerm[]
  maxSentences?: number
}

const round1 = (value: number) => Math.round(value * 10) / 10
const clamp = (value: number) => Math.min(100, Math.max(0, value))

/** The assessment of a text; null when it has no words to score. */
export function assessReadability(text: string, { target = null, terms = [], maxSentences = 5 }: AssessOptions = {}): Assessment | null {
  const sentenceTexts = splitSentences(text)
  const analysed = sentenceTexts.map((sentence, index) => {
    const words = wordsOf(sentence)
    const syllables = words.map((word) => countSyllables(word))
    const longWords = words.filter((word, i) => isLongWord(word, syllables[i]))
    const syllableTotal = syllables.reduce((sum, count) => sum + count, 0)
    return {
      index,
      text: sentence,
      words,
      syllableTotal,
      longWords,
      passive: isPassive(words),
      score: clamp(fleschDouma(words.length, syllableTotal / Math.max(1, words.length))),
    }
  })
  const words = analysed.reduce((sum, sentence) => sum + sentence.words.length, 0)
  if (words === 0) return null
  const syllables = analysed.reduce((sum, sentence) => sum + sentence.syllableTotal, 0)
  const averageSentenceLength = words / analysed.length
  const syllablesPerWord = syllables / words
  const score = round1(clamp(fleschDouma(averageSentenceLength, syllablesPerWord)))

  const jargon = findJargon(sentenceTexts, terms)
  const unexplained = jargon.filter((use) => !use.explained)
  const unexplainedTerms = unexplained.map((use) => use.term)

  let level = levelForScore(score)
  // A B1 reader does not know the professionals' terms: an unexplained one makes the text B2 at best.
  if (unexplained.length > 0 && level === 'B1') level = 'B2'

  const jargonPoints = target === 'B1' ? JARGON_PENALTY * unexplained.length : 0
  const distance = target ? round1(Math.max(0, MIN_SCORE[target] - score) + jargonPoints) : 0

  const sentenceLimit = SENTENCE_LIMIT[target ?? 'B1']
  const difficultSentences = analysed
    .map((sentence): DifficultSentence => {
      const reasons: SentenceReason[] = []
      if (sentence.words.length > sentenceLimit) reasons.push({ kind: 'long', words: sentence.words.length })
      if (sentence.longWords.length >= 2) reasons.push({ kind: 'longWords', words: sentence.longWords })
      if (sentence.passive) reasons.push({ kind: 'passive' })
      const terms = unexplained.filter((use) => use.sentenceIndex === sentence.index).map((use) => use.term)
      if (terms.length) reasons.push({ kind: 'jargon', terms })
      return { index: sentence.index, text: sentence.text, score: round1(sentence.score), reasons }
    })
    .filter((sentence) => sentence.reasons.length > 0)
    // Hardest first: the lowest score of its own, then the most reasons.
    .sort((a, b) => a.score - b.score || b.reasons.length - a.reasons.length)
    .slice(0, maxSentences)

  return {
    score,
    level,
    target,
    distance,
    sentences: analysed.length,
    words,
    averageSentenceLength: round1(averageSentenceLength),
    syllablesPerWord: Math.round(syllablesPerWord * 100) / 100,
    longWordShare: Math.round((analysed.reduce((sum, s) => sum + s.longWords.length, 0) / words) * 1000) / 1000,
    passiveShare: Math.round((analysed.filter((s) => s.passive).length / analysed.length) * 1000) / 1000,
    unexplainedTerms,
    difficultSentences,
  }
}

/** True when the text's level is at or below its target (B1 meets a C1 target). */
export function meetsTarget(assessment: Pick<Assessment, 'level' | 'distance'>, target: TargetLevel): boolean {
  return levelRank(assessment.level) <= levelRank(target) && assessment.distance === 0
}
