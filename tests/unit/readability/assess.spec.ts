import { describe, expect, it } from 'vitest'

import { assessReadability, fleschDouma, JARGON_PENALTY, meetsTarget } from '../../../src/readability/assess'
import { documentText } from '../../../src/readability/documentText'
import { type Level, levelForScore, MIN_SCORE, type TargetLevel } from '../../../src/readability/levels'
import { READABILITY_TARGETS, targetFor } from '../../../src/readability/targets'
import { h2, p, richText } from '../../../src/lexical/build'
import { OFFICIAL_C2, PARENTS_B1, POLICY_C1, WORKING_METHOD_B2 } from './texts'

describe('Flesch-Douma', () => {
  it('is 206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
    expect(fleschDouma(10, 1.5)).toBeCloseTo(206.835 - 9.3 - 115.5, 6)
    // Longer sentences and longer words both make a text harder (a lower score).
    expect(fleschDouma(20, 1.5)).toBeLessThan(fleschDouma(10, 1.5))
    expect(fleschDouma(10, 2)).toBeLessThan(fleschDouma(10, 1.5))
  })

  it('maps scores to levels', () => {
    expect(levelForScore(80)).toBe('B1')
    expect(levelForScore(MIN_SCORE.B1)).toBe('B1')
    expect(levelForScore(50)).toBe('B2')
    expect(levelForScore(35)).toBe('C1')
    expect(levelForScore(10)).toBe('C2')
  })
})

describe('texts of known level', () => {
  /** The assessment of `text` against `target`, after checking that it rates the text `level`. */
  const ratedAs = (text: string, target: TargetLevel, level: Level) => {
    const result = assessReadability(text, { target })!
    expect(result.level).toBe(level)
    return result
  }

  it('rates the text for parents B1', () => {
    const result = ratedAs(PARENTS_B1, 'B1', 'B1')
    expect(result.distance).toBe(0)
    expect(result.sentences).toBe(10)
    expect(result.averageSentenceLength).toBeLessThan(10)
    expect(result.difficultSentences).toEqual([])
  })

  it('rates the working method B2: on target for professionals, not for parents', () => {
    const result = ratedAs(WORKING_METHOD_B2, 'C1', 'B2')
    expect(meetsTarget(result, 'C1')).toBe(true)
    const forParents = assessReadability(WORKING_METHOD_B2, { target: 'B1' })!
    expect(forParents.distance).toBeCloseTo(MIN_SCORE.B1 - forParents.score, 1)
    expect(meetsTarget(forParents, 'B1')).toBe(false)
  })

  it('rates the policy text C1 (professional)', () => {
    const result = ratedAs(POLICY_C1, 'C1', 'C1')
    expect(result.score).toBeGreaterThanOrEqual(MIN_SCORE.C1)
    expect(result.score).toBeLessThan(MIN_SCORE.B2)
    expect(result.distance).toBe(0)
  })

  it('rates officialese as too hard even for professionals, and shows why', () => {
    const result = ratedAs(OFFICIAL_C2, 'C1', 'C2')
    expect(result.distance).toBeGreaterThan(0)
    expect(result.passiveShare).toBe(1)
    expect(result.longWordShare).toBeGreaterThan(0.2)
    expect(result.difficultSentences).toHaveLength(2)
    const reasons = result.difficultSentences[0].reasons.map((reason) => reason.kind)
    expect(reasons).toEqual(['long', 'longWords', 'passive'])
  })

  it('orders the texts from easy to hard', () => {
    const scores = [PARENTS_B1, WORKING_METHOD_B2, POLICY_C1, OFFICIAL_C2].map((text) => assessReadability(text)!.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })
})

describe('the sentences that pull the score down', () => {
  it('names the long sentence, the long words and the passive one, hardest first', () => {
    const text = [
      'Wij bellen u snel.',
      'Het plan wordt door de jeugdbeschermer besproken.',
      'De gezinsvoogd en de gedragswetenschapper bespreken de ontwikkelingsbedreiging van het kind tijdens het multidisciplinaire overleg met alle ketenpartners van de regio.',
    ].join(' ')
    const result = assessReadability(text, { target: 'B1' })!
    expect(result.difficultSentences.map((sentence) => sentence.index)).toEqual([2, 1])
    expect(result.difficultSentences[0].reasons[0]).toEqual({ kind: 'long', words: 21 })
    expect(result.difficultSentences[1].reasons).toEqual([{ kind: 'passive' }])
  })

  it('counts unexplained glossary terms against a B1 text', () => {
    const terms = [{ title: 'ondertoezichtstelling', abbreviation: 'OTS' }]
    const plain = assessReadability('De rechter geeft uw kind een OTS. Dat is voor een jaar.', { target: 'B1', terms })!
    expect(plain.unexplainedTerms).toEqual(['ondertoezichtstelling'])
    expect(plain.level).toBe('B2')
    expect(plain.distance).toBe(JARGON_PENALTY)
    expect(plain.difficultSentences[0].reasons).toEqual([{ kind: 'jargon', terms: ['ondertoezichtstelling'] }])
    const explained = assessReadability('De rechter geeft uw kind een OTS (ondertoezichtstelling). Dat is voor een jaar.', {
      target: 'B1',
      terms,
    })!
    expect(explained.unexplainedTerms).toEqual([])
  })

  it('gives nothing for a text without words', () => {
    expect(assessReadability('  \n ')).toBeNull()
  })
})

describe('document text and targets', () => {
  it('reads the summary and the body without headings', () => {
    const body = richText(h2('Wat doet de jeugdbeschermer'), p('Hij praat met u.'), p('Hij maakt een plan.'))
    expect(documentText({ summary: 'Kort gezegd.', body })).toBe('Kort gezegd.\nHij praat met u.\nHij maakt een plan.')
  })

  it('aims pages at B1 and working methods at the professional level', () => {
    expect(targetFor('pages')).toBe('B1')
    expect(targetFor('working-methods')).toBe('C1')
    expect(targetFor('users')).toBeNull()
    expect(Object.values(READABILITY_TARGETS)).not.toContain('C2')
  })
})
