import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { encodedText } from '../../helpers/fuzzText'

describe('encodedText (tests/helpers/fuzzText.ts)', () => {
  const values = fc.sample(
    encodedText(fc.constant('<vijandig>'), { maxLength: 30, binaryMaxLength: 12 }, fc.constant('<extra>')),
    {
      numRuns: 600,
      seed: 11,
    },
  )

  it('gives the hostile values, the extra ones, and strings that are safe in an address', () => {
    expect(values).toContain('<vijandig>')
    expect(values).toContain('<extra>')
    const others = values.filter((value) => value !== '<vijandig>' && value !== '<extra>')
    expect(others.length).toBeGreaterThan(200)
    for (const value of others) expect(value).toMatch(/^[A-Za-z0-9\-_.!~*'()%]*$/)
    // Some needed encoding: the strings are not all empty or plain letters.
    expect(others.some((value) => value.includes('%'))).toBe(true)
  })
})
