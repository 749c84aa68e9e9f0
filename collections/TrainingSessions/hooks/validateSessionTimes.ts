import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import type { TrainingSession } from '../../../payload-types'

type Times = { startsAt?: string | Date; endsAt?: string | Date; registrationOpensAt?: string | Date; registrationClosesAt?: string | Date }

/** The checks that span several fields, each with the Dutch message an editor sees on that field. */
export function sessionTimeErrors(times: Times): { path: string; message: string }[] {
  const at = (value: string | Date | undefined) => (value ? new Date(value).getTime() : NaN)
  const start = at(times.startsAt)
  const end = at(times.endsAt)
  const opens = at(times.registrationOpensAt)
  const closes = at(times.registrationClosesAt)
  const errors: { path: string; message: string }[] = []
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start)
    errors.push({ path: 'endsAt', message: 'De sessie moet eindigen na het begin.' })
  if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens)
    errors.push({ path: 'registrationClosesAt', message: 'De inschrijving moet sluiten na het openen.' })
  if (!Number.isNaN(closes) && !Number.isNaN(start) && closes > start)
    errors.push({ path: 'registrationClosesAt', message: 'De inschrijving moet sluiten vóór de sessie begint.' })
  return errors
}

export const validateSessionTimes: CollectionBeforeValidateHook<TrainingSession> = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as Times
  const errors = sessionTimeErrors(merged)
  if (errors.length > 0) throw new ValidationError({ collection: 'training-sessions', errors, req })
  return data
}
