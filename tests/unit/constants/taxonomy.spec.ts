import { describe, expect, it } from 'vitest'

import { labelIn } from '../../../src/constants/taxonomy'

const KINDS = [
  { value: 'gezamenlijk', label: 'Gezamenlijke werving' },
  { value: 'traineeship', label: 'Traineeship' },
] as const

describe('labelIn (src/constants/taxonomy.ts)', () => {
  it('gives the label of a value the list holds', () => {
    expect(labelIn(KINDS)('traineeship')).toBe('Traineeship')
    expect(labelIn(KINDS, () => null)('gezamenlijk')).toBe('Gezamenlijke werving')
  })

  it('by default shows an unknown value as stored, and nothing for none', () => {
    const label = labelIn(KINDS)
    expect(label('stage')).toBe('stage')
    expect(label('')).toBe('')
    expect(label(null)).toBe('')
    expect(label(undefined)).toBe('')
  })

  it('gives the fallback for anything else when the caller names one', () => {
    expect(labelIn(KINDS, () => null)('stage')).toBeNull()
    expect(labelIn(KINDS, () => '')('stage')).toBe('')
    expect(labelIn(KINDS, (value) => `?${value}`)(null)).toBe('?null')
  })
})
