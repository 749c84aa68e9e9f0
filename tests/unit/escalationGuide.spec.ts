import { describe, expect, it } from 'vitest'

import { answerLinks, guideHref, guideRegion, guideState, type Level, questionFor } from '../../src/escalation/guide'

const level = (title: string, question?: string): Level => ({
  title,
  who: 'Professional',
  to: 'Collega van de andere organisatie',
  withinWorkingDays: 2,
  expectedOutcome: 'Samen een besluit',
  question,
})

const levels = [level('Trede 1', 'Al besproken?'), level('Trede 2'), level('Trede 3')]

describe('escalation guide', () => {
  it('starts with the intro and then the acute-safety question', () => {
    expect(guideState(levels, {})).toEqual({ kind: 'intro' })
    expect(guideState(levels, { stap: 'veiligheid' })).toEqual({ kind: 'safety' })
    expect(guideState(levels, { uitkomst: 'acuut' })).toEqual({ kind: 'acute' })
  })

  it('asks one question per level and names the level on "nee"', () => {
    const state = guideState(levels, { stap: '2' })
    expect(state).toMatchObject({ kind: 'question', index: 1, total: 3 })
    expect(answerLinks(1, 3).no).toContain('uitkomst=2')
    expect(answerLinks(1, 3).yes).toContain('stap=3')
    expect(guideState(levels, { uitkomst: '2' })).toMatchObject({
      kind: 'result',
      index: 1,
      level: { title: 'Trede 2' },
    })
  })

  it('says what comes after the model when every level was tried, not the same as "nee"', () => {
    const last = answerLinks(2, 3)
    expect(last.no).toContain('uitkomst=3')
    expect(last.yes).toContain('uitkomst=voorbij')
    expect(last.yes).not.toEqual(last.no)
    expect(guideState(levels, { uitkomst: 'voorbij' })).toMatchObject({ kind: 'beyond', total: 3, level: { title: 'Trede 3' } })
    expect(guideState([], { uitkomst: 'voorbij' }).kind).toBe('intro')
  })

  it('keeps the chosen region on every link, and only a slug-shaped one', () => {
    expect(answerLinks(0, 3, 'rivierenland')).toEqual({
      no: '/escalatiemodel?uitkomst=1&regio=rivierenland#wegwijzer',
      yes: '/escalatiemodel?stap=2&regio=rivierenland#wegwijzer',
    })
    expect(guideHref({ stap: 'veiligheid' }, '"><script>')).toBe('/escalatiemodel?stap=veiligheid#wegwijzer')
    expect(guideRegion('rijk-van-nijmegen')).toBe('rijk-van-nijmegen')
    for (const bad of ['', 'Achterhoek', '../x', 'a'.repeat(81)]) expect(guideRegion(bad)).toBeUndefined()
  })

  it('uses the editor’s question, or a generic one naming the level', () => {
    expect(questionFor(levels[0], 0)).toBe('Al besproken?')
    expect(questionFor(levels[1], 1)).toContain('Trede 2')
  })

  it('treats odd parameters as the start, never as an error', () => {
    for (const stap of ['0', '4', '-1', 'abc', '1e3', '']) expect(guideState(levels, { stap }).kind).toBe('intro')
    expect(guideState(levels, { uitkomst: '99' }).kind).toBe('intro')
    expect(guideState([], { stap: '1' }).kind).toBe('intro')
  })
})
