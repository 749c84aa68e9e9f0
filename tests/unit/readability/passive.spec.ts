import { describe, expect, it } from 'vitest'

import { isParticiple, isPassive } from '../../../src/readability/passive'
import { wordsOf } from '../../../src/readability/sentences'

const passive = (sentence: string) => isPassive(wordsOf(sentence))

describe('passive voice', () => {
  it.each([
    'Het plan wordt elk halfjaar besproken.',
    'De ouders werden niet gehoord.',
    'De afspraken worden vastgelegd in het dossier.',
    'Het besluit is genomen door de kinderrechter.',
    'De melding is doorgestuurd door Veilig Thuis.',
  ])('finds "%s"', (sentence) => {
    expect(passive(sentence)).toBe(true)
  })

  it.each([
    'De jeugdbeschermer bespreekt het plan.',
    'Het gezin heeft een gesprek gehad.',
    // A state, not an action: no "door", so not counted.
    'Het kantoor is gesloten.',
    'Het kind wordt volgende maand twaalf.',
    'Wij bellen u binnen twee werkdagen.',
  ])('leaves "%s" alone', (sentence) => {
    expect(passive(sentence)).toBe(false)
  })

  it('knows participles from look-alikes', () => {
    expect(isParticiple('besproken')).toBe(true)
    expect(isParticiple('vastgesteld')).toBe(true)
    expect(isParticiple('gesprek')).toBe(false)
    expect(isParticiple('gezin')).toBe(false)
  })
})
