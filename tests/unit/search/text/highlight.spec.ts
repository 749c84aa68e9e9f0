import { describe, expect, it } from 'vitest'

import { highlightAll, snippet } from '../../../../src/search/text/highlight'
import { processTerm } from '../../../../src/search/text/normalize'

const terms = (...words: string[]) => new Set(words.map((word) => processTerm(word)).filter((term): term is string => term !== null))
const marked = (parts: { text: string; mark: boolean }[] | null) => (parts ?? []).filter((part) => part.mark).map((part) => part.text)

describe('highlighting a result', () => {
  const text = 'Bij een overdracht bespreekt het wijkteam de veiligheid van het kind met het gezin.'

  it('marks the words whose index term the query has, in any inflection', () => {
    expect(marked(highlightAll(text, terms('overdrachten')))).toEqual(['overdracht'])
    expect(marked(snippet(text, terms('veilig', 'gezin')))).toEqual(['veiligheid', 'gezin'])
    expect(snippet(text, terms('rechter'))).toBeNull()
  })

  it('gives each query its own marks for a text it has seen before', () => {
    // The words of a text are kept between queries; which of them match is not.
    expect(marked(highlightAll(text, terms('wijkteam')))).toEqual(['wijkteam'])
    expect(marked(highlightAll(text, terms('kind')))).toEqual(['kind'])
    expect(marked(highlightAll(text, new Set()))).toEqual([])
  })
})
