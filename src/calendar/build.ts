import { createEvents, type EventAttributes } from 'ics'

export const CALENDAR_TIMEZONE = 'Europe/Amsterdam'

/**
 * One VCALENDAR from the events, made by the `ics` package. Times are written in UTC, which every
 * client converts correctly across the change to and from summer time; X-WR-TIMEZONE tells
 * subscribing clients to show the calendar in Dutch time.
 */
export function buildCalendar(events: EventAttributes[], name: string): string {
  const { error, value } = createEvents(events, { calName: name, productId: '-//Kennisportaal Jeugdbescherming Gelderland//Scholing//NL', method: 'PUBLISH' })
  if (error || !value) throw error ?? new Error('ics: no output')
  return value.replace(/(X-WR-CALNAME:[^\r\n]*\r\n)/, `$1X-WR-TIMEZONE:${CALENDAR_TIMEZONE}\r\n`)
}

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      // Feeds are polled; a few minutes of caching keeps that cheap and changes still arrive soon.
      'Cache-Control': 'public, max-age=300',
    },
  })
}

export const notFoundCalendar = () =>
  new Response('Deze agenda bestaat niet (meer).', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
