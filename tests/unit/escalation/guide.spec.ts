import { describe, expect, it } from 'vitest'

import {
  answerLinks,
  GUIDE_PATH,
  guideHref,
  guideRegion,
  guideState,
  type Level,
  questionFor,
} from '../../../src/escalation/guide'

const level = (n: number): Level => ({
  title: `Trede ${n}`,
  who: `Wie ${n}`,
  to: `Naar ${n}`,
  withinWorkingDays: n,
  expectedOutcome: `Uitkomst ${n}`,
})

/** The parameters a link of the guide carries, as the page reads them back. */
function follow(href: string): { stap?: string; uitkomst?: string; regio?: string } {
  const url = new URL(href, 'https://portaal.example')
  expect(url.pathname).toBe(GUIDE_PATH)
  expect(url.hash).toBe('#wegwijzer')
  const get = (name: string) => url.searchParams.get(name) ?? undefined
  return { stap: get('stap'), uitkomst: get('uitkomst'), regio: get('regio') }
}

/** Where a visitor lands who answers `answers` in order, starting at the first level's question. */
function walk(levels: Level[], answers: ('ja' | 'nee')[], region?: string) {
  let params: { stap?: string; uitkomst?: string; regio?: string } = { stap: '1', regio: region }
  for (const answer of answers) {
    const state = guideState(levels, params)
    if (state.kind !== 'question') throw new Error(`expected a question, got ${state.kind}`)
    const links = answerLinks(state.index, state.total, params.regio)
    params = follow(answer === 'ja' ? links.yes : links.no)
    expect(params.regio).toBe(region)
  }
  return guideState(levels, params)
}

describe('escalation guide: every path through the questions', () => {
  for (const count of [1, 2, 3, 4, 5]) {
    const levels = Array.from({ length: count }, (_, i) => level(i + 1))

    it(`with ${count} level(s), "ja" moves exactly one level up and "nee" names the level asked about`, () => {
      for (let asked = 0; asked < count; asked++) {
        const yesSoFar = Array<'ja'>(asked).fill('ja')
        // Every "ja" so far moved one level: now the question of level asked+1.
        const question = walk(levels, yesSoFar)
        expect(question).toMatchObject({ kind: 'question', index: asked, total: count, level: { title: `Trede ${asked + 1}` } })
        // "Nee" here: this level is the step to take.
        expect(walk(levels, [...yesSoFar, 'nee'])).toMatchObject({
          kind: 'result',
          index: asked,
          total: count,
          level: { title: `Trede ${asked + 1}` },
        })
      }
      // "Ja" at every level: beyond the model, pointing at the last level.
      expect(walk(levels, Array<'ja'>(count).fill('ja'), 'achterhoek')).toMatchObject({
        kind: 'beyond',
        total: count,
        level: { title: `Trede ${count}` },
      })
    })
  }

  it('gives the exact links for the first level of three, with and without a region', () => {
    expect(answerLinks(0, 3)).toEqual({ yes: '/escalatiemodel?stap=2#wegwijzer', no: '/escalatiemodel?uitkomst=1#wegwijzer' })
    expect(answerLinks(1, 3)).toEqual({ yes: '/escalatiemodel?stap=3#wegwijzer', no: '/escalatiemodel?uitkomst=2#wegwijzer' })
    expect(answerLinks(2, 3)).toEqual({
      yes: '/escalatiemodel?uitkomst=voorbij#wegwijzer',
      no: '/escalatiemodel?uitkomst=3#wegwijzer',
    })
  })

  it('never lets two answers to one question lead to the same place', () => {
    for (let total = 1; total <= 6; total++)
      for (let index = 0; index < total; index++) {
        const { yes, no } = answerLinks(index, total)
        expect(yes, `${index + 1}/${total}`).not.toBe(no)
      }
  })

  it('reads an outcome before a step when a link carries both', () => {
    const levels = [level(1), level(2)]
    expect(guideState(levels, { stap: '1', uitkomst: '2' })).toMatchObject({ kind: 'result', index: 1 })
    expect(guideState(levels, { stap: '2', uitkomst: 'acuut' })).toEqual({ kind: 'acute' })
    expect(guideState(levels, { stap: 'veiligheid', uitkomst: 'voorbij' })).toMatchObject({ kind: 'beyond', total: 2 })
  })

  it('refuses outcomes and steps outside the levels there are', () => {
    const levels = [level(1), level(2)]
    for (const value of ['0', '3', '01x', '1.5', ' 1', '+1']) {
      expect(guideState(levels, { uitkomst: value }).kind, `uitkomst=${value}`).toBe('intro')
      expect(guideState(levels, { stap: value }).kind, `stap=${value}`).toBe('intro')
    }
    expect(guideState(levels, { stap: '02' })).toMatchObject({ kind: 'question', index: 1 })
  })
})

/** A level with a title of its own and, optionally, the editor's question. */
const namedLevel = (title: string, question?: string): Level => ({
  title,
  who: 'Professional',
  to: 'Collega van de andere organisatie',
  withinWorkingDays: 2,
  expectedOutcome: 'Samen een besluit',
  question,
})

const threeLevels = [namedLevel('Trede 1', 'Al besproken?'), namedLevel('Trede 2'), namedLevel('Trede 3')]

describe('escalation guide', () => {
  it('starts with the intro and then the acute-safety question', () => {
    expect(guideState(threeLevels, {})).toEqual({ kind: 'intro' })
    expect(guideState(threeLevels, { stap: 'veiligheid' })).toEqual({ kind: 'safety' })
    expect(guideState(threeLevels, { uitkomst: 'acuut' })).toEqual({ kind: 'acute' })
  })

  it('asks one question per level and names the level on "nee"', () => {
    const state = guideState(threeLevels, { stap: '2' })
    expect(state).toMatchObject({ kind: 'question', index: 1, total: 3 })
    expect(answerLinks(1, 3).no).toContain('uitkomst=2')
    expect(answerLinks(1, 3).yes).toContain('stap=3')
    expect(guideState(threeLevels, { uitkomst: '2' })).toMatchObject({
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
    expect(guideState(threeLevels, { uitkomst: 'voorbij' })).toMatchObject({ kind: 'beyond', total: 3, level: { title: 'Trede 3' } })
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
    expect(questionFor(threeLevels[0], 0)).toBe('Al besproken?')
    expect(questionFor(threeLevels[1], 1)).toContain('Trede 2')
  })

  it('treats odd parameters as the start, never as an error', () => {
    for (const stap of ['0', '4', '-1', 'abc', '1e3', '']) expect(guideState(threeLevels, { stap }).kind).toBe('intro')
    expect(guideState(threeLevels, { uitkomst: '99' }).kind).toBe('intro')
    expect(guideState([], { stap: '1' }).kind).toBe('intro')
  })
})
