import type { EscalationModel } from '../../payload-types'

export type Level = NonNullable<EscalationModel['levels']>[number]

/**
 * The escalation guide as a small state machine over URL parameters, so it works without
 * JavaScript, can be bookmarked and printed. First the acute-safety check, then one question per
 * level, each asking whether that level was already tried without result: "no" means this level
 * is the step to take now; "yes" moves up one level. "Yes" at the last level means every level was
 * tried: the guide then says what comes after the model (the "beyond" state), never the same
 * answer as "no". A chosen region (`regio`) travels along, so every outcome can name its contacts.
 */
export type GuideState =
  | { kind: 'intro' }
  | { kind: 'safety' }
  | { kind: 'question'; index: number; level: Level; total: number }
  | { kind: 'acute' }
  | { kind: 'result'; index: number; level: Level; total: number }
  | { kind: 'beyond'; level: Level; total: number }

export const GUIDE_PATH = '/escalatiemodel'
const ANCHOR = '#wegwijzer'

/** Only a slug-shaped region is carried along; anything else is dropped, never echoed. */
export function guideRegion(value?: string): string | undefined {
  return value && /^[a-z0-9-]{1,80}$/.test(value) ? value : undefined
}

/** A link within the guide; the region, when chosen, is kept. */
export function guideHref(params: { stap?: string; uitkomst?: string }, region?: string): string {
  const query = new URLSearchParams()
  if (params.stap) query.set('stap', params.stap)
  if (params.uitkomst) query.set('uitkomst', params.uitkomst)
  const slug = guideRegion(region)
  if (slug) query.set('regio', slug)
  const search = query.toString()
  return `${GUIDE_PATH}${search ? `?${search}` : ''}${ANCHOR}`
}

export function guideState(levels: Level[], params: { stap?: string; uitkomst?: string }): GuideState {
  if (params.uitkomst === 'acuut') return { kind: 'acute' }
  if (params.uitkomst === 'voorbij' && levels.length) {
    return { kind: 'beyond', level: levels[levels.length - 1], total: levels.length }
  }
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

/** Where the answers lead. */
export function answerLinks(index: number, total: number, region?: string): { no: string; yes: string } {
  return {
    no: guideHref({ uitkomst: String(index + 1) }, region),
    yes:
      index + 1 < total ? guideHref({ stap: String(index + 2) }, region) : guideHref({ uitkomst: 'voorbij' }, region),
  }
}
