import { describe, expect, it } from 'vitest'

import { countSyllables, vowelGroups } from '../../../src/readability/syllables'

describe('syllables of Dutch words', () => {
  it.each([
    ['kind', 1],
    ['school', 1],
    ['ouders', 2],
    // Hyphenation leaves short words and word ends whole; the vowel groups split them.
    ['idee', 2],
    ['oude', 2],
    ['ideeën', 3],
    ['bureau', 2],
    ['geïnformeerd', 4],
    ['gezinsvoogd', 3],
    ['jeugdbescherming', 4],
    // Vowel runs across a syllable boundary, which a vowel count alone gets wrong.
    ['materiaal', 4],
    ['situatie', 4],
    ['ondertoezichtstelling', 6],
    ['privacyregelgeving', 7],
    ["collega's", 3],
    ['Gelderland-Zuid', 4],
    ['rijk', 1],
    ['2026', 1],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables)
  })

  it('counts ij as one vowel and a diaeresis as a new syllable', () => {
    expect(vowelGroups('wijk')).toBe(1)
    expect(vowelGroups('reële')).toBe(3)
  })
})
