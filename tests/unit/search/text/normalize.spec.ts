import { describe, expect, it } from 'vitest'

import { analyze, foldAccents, foldWord, lastWord, phraseWords, processTerm, tokenize } from '../../../../src/search/text/normalize'

/** The analyser every engine shares: the same function runs on documents and on questions. */
describe('search text: accent folding', () => {
  it.each([
    ['Beëindiging', 'beeindiging'],
    ['COÖRDINATIE', 'coordinatie'],
    ['naïef café', 'naief cafe'],
    ['Ĳssel', 'ijssel'],
    // Plain text stays as it is apart from case.
    ['Jeugdbescherming 2026', 'jeugdbescherming 2026'],
  ])('drops diacritics and lower-cases: %s → %s', (text, folded) => {
    expect(foldAccents(text)).toBe(folded)
  })

  it('folds a word and drops the possessive or plural apostrophe-s', () => {
    expect(foldWord("Regio's")).toBe('regio')
    expect(foldWord('regio’s')).toBe('regio')
    expect(foldWord("zo'n")).toBe('zon')
    expect(foldWord('Beëindiging')).toBe('beeindiging')
  })
})

describe('search text: tokens', () => {
  it('splits on anything that is not a letter or digit, keeping an apostrophe inside a word', () => {
    expect(tokenize("Regio's, bouwsteen 6: de OTS!")).toEqual(["Regio's", 'bouwsteen', '6', 'de', 'OTS'])
  })

  it('adds the joined form of a hyphen or slash compound', () => {
    expect(tokenize('Noord-Veluwe')).toEqual(['Noord', 'Veluwe', 'NoordVeluwe'])
    expect(tokenize('jeugdbescherming/jeugdreclassering')).toEqual([
      'jeugdbescherming',
      'jeugdreclassering',
      'jeugdbeschermingjeugdreclassering',
    ])
  })

  it('has nothing to say about punctuation alone', () => {
    expect(tokenize('!!! --- ...')).toEqual([])
  })
})

describe('search text: index terms (Dutch stemming)', () => {
  it.each([
    ['gesprekken', 'gesprek'],
    ['overdrachten', 'overdracht'],
    ['maatregelen', 'maatregel'],
    ['afspraken', 'afspraak'],
    ['jeugdbeschermers', 'jeugdbeschermer'],
    ['ondertoezichtstellingen', 'ondertoezichtstelling'],
    ['beëindigen', 'beëindiging'],
  ])('%s and %s become the same term', (a, b) => {
    expect(processTerm(a)).toBe(processTerm(b))
  })

  it.each([
    // The Snowball form, not just the folded word; accents are folded first.
    ['gesprekken', 'gesprek'],
    ['afspraken', 'afsprak'],
    ['Beëindiging', 'beeindig'],
    ['coördinatie', 'coordinatie'],
    // Numbers stay as they are.
    ['6', '6'],
    ['2026', '2026'],
    ['schaal10', 'schaal10'],
  ])('stems %s to %s', (word, term) => {
    expect(processTerm(word)).toBe(term)
  })

  it('folds accents before stemming, so both spellings meet', () => {
    expect(processTerm('beëindiging')).toBe(processTerm('beeindiging'))
  })

  it('drops Dutch stop words and single letters', () => {
    for (const word of ['de', 'het', 'een', 'en', 'van', 'wat', 'a', 'x']) expect(processTerm(word), word).toBeNull()
  })

  it('gives the same answer the second time (memoised)', () => {
    expect(processTerm('Overdrachten')).toBe(processTerm('Overdrachten'))
    expect(processTerm('Overdrachten')).toBe('overdracht')
  })
})

describe('search text: questions', () => {
  it('keeps the meaningful words of a question with their terms', () => {
    expect(analyze('Wat moet ik doen als de OTS-maatregel stopt?')).toEqual([
      { word: 'ots', term: 'ots' },
      { word: 'maatregel', term: 'maatregel' },
      { word: 'stopt', term: 'stopt' },
    ])
    expect(analyze('de het een')).toEqual([])
  })

  it('returns the last word as typed, stop word or not', () => {
    expect(lastWord('hoe werkt de Over')).toBe('over')
    expect(lastWord('...')).toBeNull()
  })

  it('compares phrases by stem for meaningful words and by the word for function words', () => {
    expect(phraseWords('Niet eens worden!').map((w) => w.key)).toEqual(['niet', 'eens', 'worden'])
    expect(phraseWords('NIET eens worden').map((w) => w.key)).toEqual(phraseWords('niet eens worden').map((w) => w.key))
    const [gesprekken] = phraseWords('Gesprekken')
    expect(gesprekken).toEqual({ word: 'gesprekken', term: 'gesprek', key: 'gesprek' })
  })
})
