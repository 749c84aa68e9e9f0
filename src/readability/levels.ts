/**
 * Language levels (CEFR, as Dutch government writing guides use them) mapped from the
 * Flesch-Douma score. The bands are the usual reading of Flesch-Douma for Dutch, checked against
 * the test texts in tests/unit/readability (docs/adr/0006-readability.md).
 */

export const LEVELS = ['B1', 'B2', 'C1', 'C2'] as const
export type Level = (typeof LEVELS)[number]

/** Levels a collection can aim for; C2 is what no text on the portal should need. */
export type TargetLevel = Exclude<Level, 'C2'>

/** Lowest Flesch-Douma score of each level; under C1's it is C2. */
export const MIN_SCORE: Record<TargetLevel, number> = { B1: 60, B2: 45, C1: 30 }

export const LEVEL_LABELS: Record<Level, string> = {
  B1: 'B1 (eenvoudig)',
  B2: 'B2 (gemiddeld)',
  C1: 'C1 (professioneel)',
  C2: 'C2 (te moeilijk, ook voor professionals)',
}

/** Longest sentence (in words) a reader at the target level reads without effort. */
export const SENTENCE_LIMIT: Record<TargetLevel, number> = { B1: 15, B2: 20, C1: 25 }

export function levelForScore(score: number): Level {
  if (score >= MIN_SCORE.B1) return 'B1'
  if (score >= MIN_SCORE.B2) return 'B2'
  if (score >= MIN_SCORE.C1) return 'C1'
  return 'C2'
}

export const levelRank = (level: Level): number => LEVELS.indexOf(level)

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value)
}
