const TZ = 'Europe/Amsterdam'

const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TZ })
const dayTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TZ,
})
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TZ })

export const formatDate = (value?: string | null) => (value ? dayFormat.format(new Date(value)) : '')
export const formatDateTime = (value?: string | null) => (value ? dayTimeFormat.format(new Date(value)) : '')
export const formatTime = (value?: string | null) => (value ? timeFormat.format(new Date(value)) : '')

/** Machine-readable value for <time dateTime>. */
export const isoDate = (value?: string | null) => (value ? new Date(value).toISOString() : undefined)
