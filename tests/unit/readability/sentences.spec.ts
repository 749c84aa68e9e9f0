import { describe, expect, it } from 'vitest'

import { splitSentences, wordsOf } from '../../../src/readability/sentences'

describe('sentences', () => {
  it('does not end a sentence at an abbreviation', () => {
    const text = 'Werk samen met o.a. Veilig Thuis en de Raad. Neem bijv. contact op met de gemeente. Dat staat in art. 1:255 BW.'
    expect(splitSentences(text)).toEqual([
      'Werk samen met o.a. Veilig Thuis en de Raad.',
      'Neem bijv. contact op met de gemeente.',
      'Dat staat in art. 1:255 BW.',
    ])
  })

  it('keeps initials and d.w.z. inside the sentence', () => {
    expect(splitSentences('De brief is van J. de Vries, d.w.z. de gezinsvoogd. Hij belt u.')).toHaveLength(2)
  })

  it('ends at question and exclamation marks, closing quotes, and at every line', () => {
    expect(splitSentences('Bent u het niet eens? Zeg het! "Wij luisteren." Daarna\nKop zonder punt\nNog een zin')).toEqual([
      'Bent u het niet eens?',
      'Zeg het!',
      '"Wij luisteren."',
      'Daarna',
      'Kop zonder punt',
      'Nog een zin',
    ])
  })

  it('counts words with hyphens, apostrophes and decimals as one', () => {
    expect(wordsOf("De collega's van Gelderland-Zuid gaven 7,5 punten.")).toEqual([
      'De',
      "collega's",
      'van',
      'Gelderland-Zuid',
      'gaven',
      '7,5',
      'punten',
    ])
  })
})
