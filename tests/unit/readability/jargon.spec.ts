import { describe, expect, it } from 'vitest'

import { findJargon } from '../../../src/readability/jargon'
import { splitSentences } from '../../../src/readability/sentences'

const terms = [
  { title: 'ondertoezichtstelling', abbreviation: 'OTS' },
  { title: 'gezinsvoogd' },
  { title: 'Veilig Thuis' },
]

const jargon = (text: string) => findJargon(splitSentences(text), terms)

describe('glossary jargon', () => {
  it('finds a term used without explanation', () => {
    expect(jargon('De rechter spreekt een OTS uit. Daarna komt er hulp.')).toEqual([
      { term: 'ondertoezichtstelling', sentenceIndex: 0, explained: false },
    ])
  })

  it('accepts an explanation in brackets, after a colon or in words, and the full name beside the abbreviation', () => {
    const uses = jargon(
      'U krijgt een gezinsvoogd (een vaste begeleider voor uw gezin). ' +
        'De rechter kan een ondertoezichtstelling (OTS) uitspreken. ' +
        'Veilig Thuis, dat wil zeggen het advies- en meldpunt, helpt ook.',
    )
    expect(uses.map((use) => [use.term, use.explained])).toEqual([
      ['ondertoezichtstelling', true],
      ['gezinsvoogd', true],
      ['Veilig Thuis', true],
    ])
  })

  it('counts abbreviation and full name in one sentence as explained, in any order', () => {
    expect(jargon('Een OTS is een ondertoezichtstelling door de rechter.')).toEqual([
      { term: 'ondertoezichtstelling', sentenceIndex: 0, explained: true },
    ])
  })

  it('judges a term where it first appears only', () => {
    expect(jargon('De gezinsvoogd: uw vaste begeleider. Later belt de gezinsvoogd u.')).toEqual([
      { term: 'gezinsvoogd', sentenceIndex: 0, explained: true },
    ])
  })

  it('matches abbreviations as written and terms as whole words', () => {
    expect(jargon('De ots-regeling en het woord gezinsvoogden staan hier.')).toEqual([])
  })
})
