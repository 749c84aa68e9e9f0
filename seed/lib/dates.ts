/** Date arithmetic for demo content that must stay current: everything is relative to `now`. */

const DAY = 24 * 60 * 60 * 1000

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY)

/** Midnight (UTC) of the given day, so date-only fields show the same day in every time zone. */
export const dayOnly = (date: Date): Date =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12))

/** A date `days` from `now` at a Dutch clock time (the demo runs in CET/CEST; UTC+1 is close enough). */
export function atDutchTime(now: Date, days: number, hour: number, minute = 0): Date {
  const day = addDays(now, days)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 1, minute))
}

/** Moves a date to the next working day when it falls in a weekend. */
export function onWorkingDay(date: Date): Date {
  const weekday = date.getUTCDay()
  if (weekday === 6) return addDays(date, 2)
  if (weekday === 0) return addDays(date, 1)
  return date
}

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 }

/** "2026-Q2", the period format of the monitor. */
export const quarterLabel = ({ year, quarter }: Quarter): string => `${year}-Q${quarter}`

/** The `count` quarters that have ended before `now`, oldest first. */
export function completedQuarters(now: Date, count: number): Quarter[] {
  let year = now.getUTCFullYear()
  let quarter = Math.floor(now.getUTCMonth() / 3) + 1
  const result: Quarter[] = []
  for (let i = 0; i < count; i++) {
    quarter -= 1
    if (quarter === 0) {
      quarter = 4
      year -= 1
    }
    result.unshift({ year, quarter: quarter as Quarter['quarter'] })
  }
  return result
}

export const iso = (date: Date): string => date.toISOString()
