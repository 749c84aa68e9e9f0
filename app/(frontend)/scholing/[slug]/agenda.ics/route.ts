import { calendarResponse, notFoundCalendar } from '@/calendar/build'
import { trainingCalendar } from '@/calendar/feeds'
import { getPayload } from '@/lib/payload'
import { paths } from '@/lib/urls'
import { movedFileResponse } from '@/redirects/findRedirect'

export const dynamic = 'force-dynamic'

/** GET /scholing/<slug>/agenda.ics: the sessions of one training, to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  const payload = await getPayload()
  const calendar = await trainingCalendar(payload, slug)
  if (calendar) return calendarResponse(calendar.body, calendar.filename)
  // A subscribed calendar keeps the address it was added with; after a slug change it follows.
  return (await movedFileResponse(payload, paths.training(slug), 'agenda.ics')) ?? notFoundCalendar()
}
