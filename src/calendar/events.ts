import type { EventAttributes } from 'ics'

import type { Training, TrainingSession } from '../../payload-types'
import { formatDateTime, formatTime } from '../lib/dates'

/**
 * The same session always has the same UID, in the per-session file and in every feed, so a
 * calendar that has it updates the event instead of adding a second one. Not derived from the
 * site address: a new PUBLIC_URL must not duplicate everyone's events.
 */
export const sessionUid = (sessionId: number | string) => `sessie-${sessionId}@kennisportaal-jeugdbescherming-gelderland`

const utc = (value: string) => new Date(value).getTime()

type EventSession = Pick<TrainingSession, 'id' | 'label' | 'startsAt' | 'endsAt' | 'mode' | 'location' | 'status' | 'calendarSequence' | 'updatedAt' | 'createdAt'>
type EventTraining = Pick<Training, 'title' | 'slug' | 'summary' | 'skjPoints'>

export function sessionEvent(session: EventSession, training: EventTraining, siteUrl: string): EventAttributes {
  const url = `${siteUrl}/scholing/${training.slug}`
  const cancelled = session.status === 'cancelled'
  const lines = [
    cancelled ? 'Deze sessie gaat niet door.' : null,
    training.summary ?? null,
    // Clients show times in the reader's zone; the text says the Dutch time the trainer meant.
    `${formatDateTime(session.startsAt)} tot ${formatTime(session.endsAt)} (Nederlandse tijd).`,
    training.skjPoints ? `SKJ-accreditatie: ${training.skjPoints} punten.` : null,
    `Meer informatie en inschrijven: ${url}`,
  ].filter(Boolean)
  return {
    uid: sessionUid(session.id),
    // Raised by the sessions hook whenever date, place or status change.
    sequence: session.calendarSequence ?? 0,
    title: `${cancelled ? 'Gaat niet door: ' : ''}${training.title} – ${session.label}`,
    start: utc(session.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(session.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    // An online session's link is for participants only; the public file says "Online".
    location: session.mode === 'online' ? 'Online' : session.location,
    description: lines.join('\n\n'),
    url,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    lastModified: utc(session.updatedAt),
    created: utc(session.createdAt),
  }
}
