import type { TrainingSession } from '../../payload-types'
import { listDocuments } from './content'
import { idOf } from './finder'
import type { Viewer } from './viewer'

/** Upcoming, not cancelled sessions of published trainings, grouped by training id. */
export async function upcomingSessionsByTraining(
  viewer: Viewer,
  now = new Date(),
): Promise<Map<string, TrainingSession[]>> {
  const sessions = await listDocuments(viewer, 'training-sessions', {
    where: { and: [{ startsAt: { greater_than_equal: now.toISOString() } }, { status: { equals: 'scheduled' } }] },
    sort: 'startsAt',
  })
  const byTraining = new Map<string, TrainingSession[]>()
  for (const session of sessions) {
    const training = idOf(session.training)
    if (!training) continue
    byTraining.set(training, [...(byTraining.get(training) ?? []), session])
  }
  return byTraining
}

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** "2026-12" → "december 2026" for the date facet. */
export function monthKey(value: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).formatToParts(new Date(value))
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`
}

/**
 * "2026-12" → "december 2026". The key comes from the address (`?wanneer=…`) too, so anything else
 * is shown as it was given: a made-up month must not turn into a server error (Invalid time value).
 */
export function monthLabel(key: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key)
  if (!match) return key
  return monthFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)))
}

/** Places not yet taken in a session (never below zero). */
export const placesLeft = (session: Pick<TrainingSession, 'capacity' | 'confirmedCount'>) =>
  Math.max(0, session.capacity - (session.confirmedCount ?? 0))

/** "nog 3 plaatsen", "nog 1 plaats", or "vol (wachtlijst)": the same words on cards, lists and the form. */
export function placesText(session: Pick<TrainingSession, 'capacity' | 'confirmedCount'>): string {
  const left = placesLeft(session)
  if (left === 0) return 'vol (wachtlijst)'
  return left === 1 ? 'nog 1 plaats' : `nog ${left} plaatsen`
}
