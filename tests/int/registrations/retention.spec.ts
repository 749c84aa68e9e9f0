import { describe, expect, it } from 'vitest'

import { MAIL_TASK } from '../../../src/mail/queue'
import { register } from '../../../src/registrations/register'
import { retentionCutoff, retentionMonths } from '../../../src/registrations/retention'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

const DAY = 86_400_000

describe('REGISTRATION_RETENTION_MONTHS', () => {
  it('defaults to 12 and refuses nonsense', () => {
    expect(retentionMonths(undefined)).toBe(12)
    expect(retentionMonths('')).toBe(12)
    expect(retentionMonths('6')).toBe(6)
    expect(() => retentionMonths('0')).toThrow(/1 tot 120/)
    expect(() => retentionMonths('twaalf')).toThrow(/1 tot 120/)
    expect(() => retentionMonths('1.5')).toThrow(/1 tot 120/)
    expect(retentionCutoff(new Date('2027-03-31T10:00:00Z'), 12).toISOString()).toBe('2026-03-31T10:00:00.000Z')
  })
})

await describeOnEachDatabase('retention job', (database) => {
  const portal = usePortal(database)

  /** A session that ran `monthsAgo` months ago, with registrations made back then. */
  async function pastSession(monthsAgo: number, people: number[]) {
    const then = new Date(Date.now() - monthsAgo * 30.5 * DAY)
    const { session } = await createSession(portal.payload, { capacity: 2, now: then, startsInDays: 10 })
    for (const i of people) await register(portal.payload, registrant(session.id, i), { now: then })
    return session
  }

  it('erases personal data a year after the session, keeps the counts, and nothing else', async () => {
    const old = await pastSession(14, [1, 2, 3])
    const recent = await pastSession(10, [4, 5])
    const { session: future } = await createSession(portal.payload)
    await register(portal.payload, registrant(future.id, 6))
    const oldJob = await portal.payload.db.create({
      collection: 'payload-jobs',
      data: { taskSlug: MAIL_TASK, queue: 'mail', input: { template: 'confirmation', registration: '1' }, createdAt: new Date(Date.now() - 400 * DAY).toISOString(), hasError: true },
    })
    const before = await statusCounts(portal.payload, old.id)

    // Through the job system, as the daily schedule runs it.
    await portal.payload.jobs.queue({ task: 'eraseExpiredRegistrations' as never, queue: 'maintenance', input: {} as never })
    await portal.payload.jobs.run({ queue: 'maintenance', silent: true })

    const erased = await portal.payload.find({ collection: 'registrations', where: { session: { equals: old.id } }, overrideAccess: true, showHiddenFields: true, depth: 0, pagination: false })
    expect(erased.docs).toHaveLength(3)
    for (const doc of erased.docs) {
      expect(doc).toMatchObject({ name: null, email: null, organisation: null, function: null, cancelTokenHash: null, cancelTokenSalt: null })
      expect(doc.erasedAt).toBeTruthy()
      expect(doc.activeKey).toBe(`released:${doc.id}`)
    }
    // The aggregate stays: same statuses, same place count.
    const after = await statusCounts(portal.payload, old.id)
    expect({ confirmed: after.confirmed, waitlist: after.waitlist, total: after.total }).toEqual({ confirmed: before.confirmed, waitlist: before.waitlist, total: 3 })
    const oldSession = await portal.payload.findByID({ collection: 'training-sessions', id: old.id, overrideAccess: true, depth: 0 })
    expect(oldSession.confirmedCount).toBe(2)

    for (const session of [recent, future]) {
      const kept = await portal.payload.find({ collection: 'registrations', where: { session: { equals: session.id } }, overrideAccess: true, depth: 0 })
      expect(kept.docs.length).toBeGreaterThan(0)
      expect(kept.docs.every((d) => d.email && d.name && !d.erasedAt)).toBe(true)
    }
    expect(await portal.payload.findByID({ collection: 'payload-jobs', id: oldJob.id, overrideAccess: true, disableErrors: true })).toBeNull()

    // A second run finds nothing more to do.
    await portal.payload.jobs.queue({ task: 'eraseExpiredRegistrations' as never, queue: 'maintenance', input: {} as never })
    const second = await portal.payload.jobs.run({ queue: 'maintenance', silent: true })
    expect(Object.values(second.jobStatus ?? {}).every((s) => s.status === 'success')).toBe(true)
    expect((await statusCounts(portal.payload, recent.id)).docs.every((d) => d.email)).toBe(true)
  })

  it('follows a shorter configured period', async () => {
    const { eraseExpiredRegistrations } = await import('../../../src/registrations/retention')
    const recent = await pastSession(8, [7])
    const untouched = await pastSession(2, [8])
    const result = await eraseExpiredRegistrations(portal.payload, { months: 6 })
    expect(result.erased).toBeGreaterThanOrEqual(1)
    expect((await statusCounts(portal.payload, recent.id)).docs[0].email).toBeNull()
    expect((await statusCounts(portal.payload, untouched.id)).docs[0].email).toBe('deelnemer8@example.org')
  })
})
