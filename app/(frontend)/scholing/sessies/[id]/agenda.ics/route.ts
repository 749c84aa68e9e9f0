import { calendarResponse, notFoundCalendar } from '@/calendar/build'
import { sessionCalendar } from '@/calendar/feeds'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/** GET /scholing/sessies/<id>/agenda.ics: one session, to add to a calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  const calendar = await sessionCalendar(await getPayload(), id)
  return calendar ? calendarResponse(calendar.body, calendar.filename) : notFoundCalendar()
}
