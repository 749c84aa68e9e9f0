import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatTime, isoDate } from '../../../src/lib/dates'
import { amsterdamDay, isPastClosingDay, startOfAmsterdamDay } from '../../../src/vacancies/closingDay'
import { openVacancyWhere, startOfToday, isVacancyClosed } from '../../../src/lib/vacancies'

describe('dates as a Dutch reader sees them (Europe/Amsterdam)', () => {
  it('writes the day in Dutch, in Amsterdam time whatever the server’s zone', () => {
    expect(formatDate('2026-03-01T12:00:00.000Z')).toBe('1 maart 2026')
    // 23:30 UTC on the 31st of December is already New Year in Amsterdam.
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('1 januari 2027')
    expect(formatTime('2026-07-01T07:05:00.000Z')).toBe('09:05')
    expect(formatTime('2026-01-15T07:05:00.000Z')).toBe('08:05')
    expect(formatDateTime('2026-11-28T13:30:00.000Z')).toBe('zaterdag 28 november 2026 om 14:30')
  })

  it('gives nothing for no date', () => {
    for (const value of [null, undefined, '']) {
      expect(formatDate(value)).toBe('')
      expect(formatDateTime(value)).toBe('')
      expect(formatTime(value)).toBe('')
      expect(isoDate(value)).toBeUndefined()
    }
    expect(isoDate('2026-11-28T13:30:00+01:00')).toBe('2026-11-28T12:30:00.000Z')
  })
})

describe('closing days', () => {
  it('counts days in Amsterdam', () => {
    expect(amsterdamDay(new Date('2026-06-30T22:30:00.000Z'))).toBe('2026-07-01')
    expect(amsterdamDay(new Date('2026-01-31T22:30:00.000Z'))).toBe('2026-01-31')
    expect(startOfAmsterdamDay(new Date('2026-07-01T10:00:00.000Z')).toISOString()).toBe('2026-06-30T22:00:00.000Z')
    expect(startOfAmsterdamDay(new Date('2026-01-15T10:00:00.000Z')).toISOString()).toBe('2026-01-14T23:00:00.000Z')
    // The night the clocks go forward (29 March 2026) and back (25 October 2026).
    expect(startOfAmsterdamDay(new Date('2026-03-29T12:00:00.000Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfAmsterdamDay(new Date('2026-10-25T12:00:00.000Z')).toISOString()).toBe('2026-10-24T22:00:00.000Z')
  })

  it('keeps a vacancy open through its closing day and closes it the day after', () => {
    const closing = '2026-07-01T08:00:00.000Z'
    expect(isPastClosingDay(closing, new Date('2026-07-01T21:59:59.000Z'))).toBe(false)
    expect(isPastClosingDay(closing, new Date('2026-07-01T22:00:00.000Z'))).toBe(true)
    expect(isPastClosingDay(null)).toBe(false)
    expect(isPastClosingDay('geen datum')).toBe(false)
  })

  it('lists only open vacancies whose closing day has not passed', () => {
    const now = new Date('2026-07-02T10:00:00.000Z')
    expect(startOfToday(now)).toBe('2026-07-01T22:00:00.000Z')
    expect(openVacancyWhere(now)).toEqual({
      and: [{ vacancyStatus: { equals: 'open' } }, { closingDate: { greater_than_equal: '2026-07-01T22:00:00.000Z' } }],
    })
    expect(isVacancyClosed({ vacancyStatus: 'open', closingDate: '2026-07-01T21:00:00.000Z' }, now)).toBe(true)
    expect(isVacancyClosed({ vacancyStatus: 'open', closingDate: '2026-07-01T22:00:00.000Z' }, now)).toBe(false)
    expect(isVacancyClosed({ vacancyStatus: 'closed', closingDate: '2027-01-01T00:00:00.000Z' }, now)).toBe(true)
  })
})
