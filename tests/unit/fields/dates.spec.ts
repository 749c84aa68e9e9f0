import { describe, expect, it } from 'vitest'

import { dateAfter } from '../../../src/fields/dates'

const check = (value: unknown, start: unknown, orSame = false) =>
  dateAfter('start', 'Te vroeg.', { orSame })(value, { siblingData: { start } })

describe('dateAfter', () => {
  it('passes a later date and refuses an earlier one', () => {
    expect(check('2026-03-02', '2026-03-01')).toBe(true)
    expect(check('2026-02-28', '2026-03-01')).toBe('Te vroeg.')
  })

  it('refuses the same day unless orSame allows it', () => {
    expect(check('2026-03-01', '2026-03-01')).toBe('Te vroeg.')
    expect(check('2026-03-01', '2026-03-01', true)).toBe(true)
    expect(check('2026-02-28', '2026-03-01', true)).toBe('Te vroeg.')
  })

  it('leaves an empty date, or one without the other, to required', () => {
    expect(check(null, '2026-03-01')).toBe(true)
    expect(check('2026-03-01', undefined)).toBe(true)
  })
})
