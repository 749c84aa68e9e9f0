/**
 * The monitor reports per quarter, stored as "2026-Q2". Quarters sort as text, but comparing
 * through an index keeps ranges and "the quarter before" simple.
 */
export const PERIOD_PATTERN = /^(20\d{2})-Q([1-4])$/

/** Lenient input (CSV, URL): "2026-Q2", "2026 q2", "2026-K2" (kwartaal), "2026Q2". */
const LENIENT_PERIOD = /^(20\d{2})\s*[-/ ]?\s*[QK]([1-4])$/i

export type Period = `${number}-Q${1 | 2 | 3 | 4}`

/** The canonical form, or null when the text is not a quarter. */
export function parsePeriod(text: string | null | undefined): string | null {
  const match = LENIENT_PERIOD.exec((text ?? '').trim())
  return match ? `${match[1]}-Q${match[2]}` : null
}

/** Quarters since year 0: consecutive quarters differ by one. */
export function periodIndex(period: string): number {
  const match = PERIOD_PATTERN.exec(period)
  if (!match) throw new Error(`not a quarter: ${period}`)
  return Number(match[1]) * 4 + Number(match[2]) - 1
}

export function periodFromIndex(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** The quarter a date lies in. */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`
}

/** "2e kwartaal 2026": what a screen reader and a table caption say. */
export function periodLabel(period: string): string {
  const match = PERIOD_PATTERN.exec(period)
  return match ? `${match[2]}e kwartaal ${match[1]}` : period
}

/** "K2 2026": the short form on an axis. */
export function periodShortLabel(period: string): string {
  const match = PERIOD_PATTERN.exec(period)
  return match ? `K${match[2]} ’${match[1].slice(2)}` : period
}

export const comparePeriods = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
