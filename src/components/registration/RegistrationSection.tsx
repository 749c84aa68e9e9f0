import { cookies } from 'next/headers'

import type { TrainingSession } from '../../../payload-types'
import { formatDateTime, formatTime } from '@/lib/dates'
import { getPayload } from '@/lib/payload'
import { placesText } from '@/lib/trainings'
import { decodeFlash, FLASH_COOKIE } from '@/registrations/flash'
import { closedReason } from '@/registrations/register'
import { retentionMonths } from '@/registrations/retention'

import { RegistrationForm, type SessionOption } from './RegistrationForm'
import { paths } from '@/lib/urls'

type Props = {
  trainingSlug: string
  /** The training's sessions as the page loaded them (upcoming, scheduled). */
  sessions: TrainingSession[]
  /** The page's search params; `inschrijving` names the outcome to show after a form post. */
  searchParams?: Record<string, string | string[] | undefined>
  now?: Date
}

/**
 * The registration block for /scholing/<slug>: the sessions open for registration, with the places
 * left, and the outcome of the last post (from the flash cookie the form route set).
 */
export async function RegistrationSection({ trainingSlug, sessions, searchParams, now = new Date() }: Props) {
  const payload = await getPayload()
  const wanted = searchParams?.inschrijving
  const flash = typeof wanted === 'string' ? decodeFlash((await cookies()).get(FLASH_COOKIE)?.value, payload.secret) : null
  const options: SessionOption[] = sessions
    .filter((session) => !closedReason(session, now))
    .map((session) => ({
      id: String(session.id),
      label: session.label,
      when: `${formatDateTime(session.startsAt)} tot ${formatTime(session.endsAt)}`,
      where: session.mode === 'online' ? 'online' : session.location,
      places: placesText(session),
    }))
  return (
    <RegistrationForm
      action={paths.trainingRegistration(trainingSlug)}
      options={options}
      flash={flash && flash.id === wanted ? flash : null}
      retentionMonths={retentionMonths()}
    />
  )
}
