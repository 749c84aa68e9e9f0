import { describe, expect, it } from 'vitest'

import { monthKey, monthLabel } from '../../../src/lib/trainings'

describe('the month facet of /scholing and its feed', () => {
  it('names a month in Dutch, in Amsterdam time', () => {
    expect(monthLabel('2026-12')).toBe('december 2026')
    // 23:30 UTC on 31 January is already February in Amsterdam.
    expect(monthKey('2027-01-31T23:30:00Z')).toBe('2027-02')
  })

  it('shows a made-up month from the address as it was given instead of failing', () => {
    for (const key of ['onzin', '2026-13', '2026-00', '\u202e', '\uffff', '9999999-01', '']) expect(monthLabel(key)).toBe(key)
  })
})
