import type { Payload } from 'payload'

import type { Organisation, Training, TrainingSession } from '../../payload-types'
import { formatDateTime, formatTime } from '../lib/dates'

/** Whom a registrant asks about a training: its provider's functional address. */
export type TrainingContact = { name: string; email?: string | null; phone?: string | null }

/** What was booked, as the confirmation on the training page shows it. */
export type Booking = {
  training: string
  session: string
  when: string
  where: string
  status: 'confirmed' | 'waitlist'
  waitlistPosition?: number
  contact?: TrainingContact | null
}

export const sessionWhen = (session: Pick<TrainingSession, 'startsAt' | 'endsAt'>) =>
  `${formatDateTime(session.startsAt)} tot ${formatTime(session.endsAt)}`

/** The provider of a training as a contact, when it has an address or a phone number. */
export async function providerContact(payload: Payload, training: Pick<Training, 'provider'>): Promise<TrainingContact | null> {
  const provider = training.provider
  const org =
    provider && typeof provider === 'object'
      ? (provider as Organisation)
      : provider
        ? ((await payload.findByID({
            collection: 'organisations',
            id: provider,
            depth: 0,
            overrideAccess: false,
            user: null,
            disableErrors: true,
          })) as Organisation | null)
        : null
  if (!org || (!org.email && !org.phone)) return null
  return { name: org.title, email: org.email, phone: org.phone }
}

/**
 * The booking in words for the visitor who just registered: only published facts (the public
 * location, never the join link, which goes by mail to the address given).
 */
export async function describeBooking(
  payload: Payload,
  { sessionId, status, waitlistPosition }: { sessionId: number | string; status: Booking['status']; waitlistPosition?: number },
): Promise<Booking | null> {
  const session = (await payload.findByID({
    collection: 'training-sessions',
    id: sessionId,
    depth: 1,
    overrideAccess: false,
    user: null,
    disableErrors: true,
  })) as TrainingSession | null
  const training = session && typeof session.training === 'object' ? (session.training as Training) : null
  if (!session || !training) return null
  return {
    training: training.title,
    session: session.label,
    when: sessionWhen(session),
    where: session.mode === 'online' ? `online (${session.location})` : session.location,
    status,
    ...(waitlistPosition ? { waitlistPosition } : {}),
    contact: await providerContact(payload, training),
  }
}
