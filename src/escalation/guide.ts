import type { EscalationModel } from '../../payload-types'

export type Level = NonNullable<EscalationModel['levels']>[number]

/**
 * The escalation guide as a small state machine over URL parameters, so it works without
 * JavaScript, can be bookmarked and printed. First the acute-safety check, then one question per
 * level, each asking whether that level was already tried without result: "no" means this level
 * is the step to take now; "yes" moves up one level (past the last one, the last level stays).
 */
export type GuideState =
  | { kind: 'intro' }
  | { kind: 'safety' }
  | { kind: 'question'; index: number; level: Level; total: number }
  | { kind: 'acute' }
  | { kind: 'result'; index: number; level: Level; total: number }

export function guideState(levels: Level[], params: { stap?: string; uitkomst?: string }): GuideState {
  if (params.uitkomst === 'acuut') return { kind: 'acute' }
  const asIndex = (value?: string) => {
    if (!value || !/^\d{1,2}$/.test(value)) return null
    const n = Number(value)
    return n >= 1 && n <= levels.length ? n - 1 : null
  }
  const result = asIndex(params.uitkomst)
  if (result !== null) return { kind: 'result', index: result, level: levels[result], total: levels.length }
  if (params.stap === 'veiligheid') return { kind: 'safety' }
  const question = asIndex(params.stap)
  if (question !== null) return { kind: 'question', index: question, level: levels[question], total: levels.length }
  return { kind: 'intro' }
}

export function questionFor(level: Level, index: number): string {
  if (level.question) return level.question
  return index === 0
    ? `Heeft u de stagnatie al rechtstreeks besproken met de betrokken professional (${level.to})?`
    : `Is de stap “${level.title}” al gezet zonder dat het tot een oplossing leidde?`
}

/** Where the answers lead: [href for "nee", href for "ja"]. */
export function answerLinks(index: number, total: number): { no: string; yes: string } {
  return {
    no: `/escalatiemodel?uitkomst=${index + 1}#wegwijzer`,
    yes:
      index + 1 < total ? `/escalatiemodel?stap=${index + 2}#wegwijzer` : `/escalatiemodel?uitkomst=${total}#wegwijzer`,
  }
}
