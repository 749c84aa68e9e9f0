import type { Payload, Where } from 'payload'

import type { Training, TrainingSession } from '../../payload-types'
import { siteUrl } from '../lib/seo'
import { parseId } from '../registrations/ids'
import { buildCalendar } from './build'
import { sessionEvent } from './events'

/** Feeds keep recent past sessions a while, so a subscriber's calendar does not lose them at once. */
const KEEP_PAST_DAYS = 90

/** Sessions as a visitor may see them: only those of published trainings (access decides). */
type CalendarSession = Pick<TrainingSession, 'id' | 'label' | 'startsAt' | 'endsAt' | 'mode' | 'location' | 'status' | 'calendarSequence' | 'updatedAt' | 'createdAt'>

async function publicSessions(payload: Payload, where: Where, limit = 1000): Promise<{ session: CalendarSession; training: Training }[]> {
  const { docs } = await payload.find({
    collection: 'training-sessions',
    where,
    sort: 'startsAt',
    limit,
    depth: 1,
    overrideAccess: false,
    user: null,
    // calendarSequence is bookkeeping, hidden from the API; the calendar needs it.
    showHiddenFields: true,
    select: {
      training: true,
      label: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      location: true,
      status: true,
      calendarSequence: true,
      updatedAt: true,
      createdAt: true,
    },
    populate: { trainings: { title: true, slug: true, summary: true, skjPoints: true } },
  })
  return docs.flatMap((session) =>
    session.training && typeof session.training === 'object' ? [{ session, training: session.training as Training }] : [],
  )
}

const recent = (now: Date): Where => ({ endsAt: { greater_than_equal: new Date(now.getTime() - KEEP_PAST_DAYS * 86_400_000).toISOString() } })

export async function sessionCalendar(payload: Payload, id: string): Promise<{ body: string; filename: string } | null> {
  const sessionId = parseId(payload, id)
  if (sessionId === null) return null
  const [found] = await publicSessions(payload, { id: { equals: sessionId } }, 1)
  if (!found) return null
  return { body: buildCalendar([sessionEvent(found.session, found.training, siteUrl())], found.training.title), filename: `sessie-${sessionId}.ics` }
}

export async function trainingCalendar(payload: Payload, slug: string, now = new Date()): Promise<{ body: string; filename: string } | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'trainings',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { title: true },
  })
  const training = docs[0]
  if (!training) return null
  const sessions = await publicSessions(payload, { and: [{ training: { equals: training.id } }, recent(now)] })
  return { body: buildCalendar(sessions.map((s) => sessionEvent(s.session, s.training, siteUrl())), training.title), filename: `${slug}.ics` }
}

export async function allTrainingsCalendar(payload: Payload, now = new Date()): Promise<{ body: string; filename: string }> {
  const sessions = await publicSessions(payload, recent(now))
  return {
    body: buildCalendar(sessions.map((s) => sessionEvent(s.session, s.training, siteUrl())), 'Scholing – Kennisportaal Jeugdbescherming Gelderland'),
    filename: 'scholing.ics',
  }
}

/** Where the calendar files live, for links on the site and in mails. */
export const calendarPaths = {
  all: () => '/scholing/agenda.ics',
  training: (slug: string) => `/scholing/${slug}/agenda.ics`,
  session: (id: number | string) => `/scholing/sessies/${id}/agenda.ics`,
}
