import { describe, expect, it } from 'vitest'

import { isParticiple, isPassive } from '../../../src/readability/passive'
import { wordsOf } from '../../../src/readability/sentences'

const passive = (sentence: string) => isPassive(wordsOf(sentence))

describe('passive voice', () => {
  it.each([
    ['Het plan wordt elk halfjaar besproken.', true],
    ['De ouders werden niet gehoord.', true],
    ['De afspraken worden vastgelegd in het dossier.', true],
    ['Het besluit is genomen door de kinderrechter.', true],
    ['De melding is doorgestuurd door Veilig Thuis.', true],
    ['De jeugdbeschermer bespreekt het plan.', false],
    ['Het gezin heeft een gesprek gehad.', false],
    // A state, not an action: no "door", so not counted.
    ['Het kantoor is gesloten.', false],
    ['Het kind wordt volgende maand twaalf.', false],
    ['Wij bellen u binnen twee werkdagen.', false],
  ])('"%s" is passive: %s', (sentence, expected) => {
    expect(passive(sentence)).toBe(expected)
  })

  it('knows participles from look-alikes', () => {
    expect(isParticiple('besproken')).toBe(true)
    expect(isParticiple('vastgesteld')).toBe(true)
    expect(isParticiple('gesprek')).toBe(false)
    expect(isParticiple('gezin')).toBe(false)
  })
})
