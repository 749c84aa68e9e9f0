import { calendarResponse, notFoundCalendar } from '@/calendar/build'
import { trainingCalendar } from '@/calendar/feeds'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/** GET /scholing/<slug>/agenda.ics: the sessions of one training, to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  const calendar = await trainingCalendar(await getPayload(), slug)
  return calendar ? calendarResponse(calendar.body, calendar.filename) : notFoundCalendar()
}
