import { expect, it } from 'vitest'

import { allTrainingsCalendar, sessionCalendar, trainingCalendar } from '../../../src/calendar/feeds'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { createSession } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

/** The lines of one VEVENT, unfolded, by UID. */
function events(ics: string): Map<string, Record<string, string>> {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  const result = new Map<string, Record<string, string>>()
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    const fields: Record<string, string> = {}
    for (const line of block.split('END:VEVENT')[0].split('\r\n')) {
      const at = line.indexOf(':')
      if (at > 0) fields[line.slice(0, at)] = line.slice(at + 1)
    }
    result.set(fields.UID, fields)
  }
  return result
}

await describeOnEachDatabase('calendar files', (database) => {
  const portal = usePortal(database)

  it('writes Dutch session times as the right instants, summer and winter, with stable UIDs and rising SEQUENCE', async () => {
    const { session, training } = await createSession(portal.payload, { skjPoints: 5 })
    const summer = await portal.payload.update({
      collection: 'training-sessions',
      id: session.id,
      overrideAccess: true,
      // 09:30–12:30 in Amsterdam during summer time (UTC+2)
      data: { startsAt: '2027-07-01T07:30:00.000Z', endsAt: '2027-07-01T10:30:00.000Z', registrationOpensAt: '2027-06-01T07:00:00.000Z', registrationClosesAt: '2027-06-30T07:00:00.000Z' },
    })
    const first = await sessionCalendar(portal.payload, String(summer.id))
    expect(first).not.toBeNull()
    const ics = first!.body
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('X-WR-TIMEZONE:Europe/Amsterdam')
    const event = events(ics).get(`sessie-${session.id}@kennisportaal-jeugdbescherming-gelderland`)!
    expect(event.DTSTART).toBe('20270701T073000Z')
    expect(event.DTEND).toBe('20270701T103000Z')
    expect(event.SEQUENCE).toBe('1')
    expect(event.STATUS).toBe('CONFIRMED')
    expect(event.LOCATION).toBe('Arnhem\\, zaal 2')
    expect(event.SUMMARY).toContain(training.title)
    expect(event.DESCRIPTION).toContain('09:30 tot 12:30')
    expect(event.DESCRIPTION).toContain('SKJ-accreditatie: 5 punten')
    expect(event.URL).toBe(`http://localhost:3000/scholing/${training.slug}`)

    // Winter time (UTC+1): the same clock time is a different instant.
    await portal.payload.update({
      collection: 'training-sessions',
      id: session.id,
      overrideAccess: true,
      data: { startsAt: '2027-01-14T08:30:00.000Z', endsAt: '2027-01-14T11:30:00.000Z', registrationOpensAt: '2026-12-01T07:00:00.000Z', registrationClosesAt: '2027-01-13T07:00:00.000Z' },
    })
    await portal.payload.update({ collection: 'training-sessions', id: session.id, overrideAccess: true, data: { status: 'cancelled' } })
    const moved = events((await sessionCalendar(portal.payload, String(session.id)))!.body).get(event.UID)!
    expect(moved.DTSTART).toBe('20270114T083000Z')
    expect(moved.DESCRIPTION).toContain('09:30 tot 12:30')
    expect(moved.SEQUENCE).toBe('3')
    expect(moved.STATUS).toBe('CANCELLED')

    // The same UID in the training's feed: subscribers get an update, not a second event.
    const feed = await trainingCalendar(portal.payload, training.slug as string, new Date('2027-01-01T00:00:00Z'))
    expect(events(feed!.body).get(event.UID)?.SEQUENCE).toBe('3')
  })

  it('lists only sessions of published trainings and hides online meeting links', async () => {
    const { session: shown, training } = await createSession(portal.payload)
    await portal.payload.update({ collection: 'training-sessions', id: shown.id, overrideAccess: true, data: { mode: 'online', location: 'https://meet.example.org/geheim' } })
    const { session: hidden, training: draft } = await createSession(portal.payload, { published: false })

    const all = events((await allTrainingsCalendar(portal.payload)).body)
    expect(all.has(`sessie-${shown.id}@kennisportaal-jeugdbescherming-gelderland`)).toBe(true)
    expect(all.has(`sessie-${hidden.id}@kennisportaal-jeugdbescherming-gelderland`)).toBe(false)
    expect(all.get(`sessie-${shown.id}@kennisportaal-jeugdbescherming-gelderland`)?.LOCATION).toBe('Online')
    expect([...all.values()].map((e) => e.DESCRIPTION).join()).not.toContain('meet.example.org')

    expect(await sessionCalendar(portal.payload, String(hidden.id))).toBeNull()
    expect(await trainingCalendar(portal.payload, draft.slug as string)).toBeNull()
    expect(await trainingCalendar(portal.payload, '../etc')).toBeNull()
    expect(await sessionCalendar(portal.payload, '1 or 1=1')).toBeNull()
    const own = await trainingCalendar(portal.payload, training.slug as string)
    expect([...events(own!.body).keys()]).toEqual([`sessie-${shown.id}@kennisportaal-jeugdbescherming-gelderland`])
  })
})
