/**
 * A vacancy is open through its closing day as people in Gelderland count days: in
 * Europe/Amsterdam time, whatever time zone the server runs in.
 */
const TZ = 'Europe/Amsterdam'

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Offset of Amsterdam from UTC at `instant`, in milliseconds (+1 h in winter, +2 h in summer). */
function amsterdamOffset(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]))
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  )
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/** The calendar day of `instant` in Amsterdam, as YYYY-MM-DD. */
export function amsterdamDay(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]))
  return `${p.year}-${p.month}-${p.day}`
}

/** The instant today began in Amsterdam: everything that closes before it has closed. */
export function startOfAmsterdamDay(now = new Date()): Date {
  const [year, month, day] = amsterdamDay(now).split('-').map(Number)
  const midnightAsUtc = Date.UTC(year, month - 1, day)
  // The offset at midnight itself; try twice because midnight and `now` can straddle a DST change.
  let start = midnightAsUtc - amsterdamOffset(now)
  start = midnightAsUtc - amsterdamOffset(new Date(start))
  return new Date(start)
}

/** Closed once the Amsterdam day after the closing day has begun. */
export function isPastClosingDay(closingDate: string | null | undefined, now = new Date()): boolean {
  if (!closingDate) return false
  const closing = new Date(closingDate)
  if (Number.isNaN(closing.getTime())) return false
  return amsterdamDay(closing) < amsterdamDay(now)
}
