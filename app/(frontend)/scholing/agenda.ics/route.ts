import { calendarResponse } from '@/calendar/build'
import { allTrainingsCalendar } from '@/calendar/feeds'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/** GET /scholing/agenda.ics: every session of every published training, to subscribe to. */
export async function GET(): Promise<Response> {
  const { body, filename } = await allTrainingsCalendar(await getPayload())
  return calendarResponse(body, filename)
}
