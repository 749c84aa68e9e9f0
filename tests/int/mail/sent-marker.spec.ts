import { createLocalReq, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { testDatabases } from '../../helpers/databases'
import { CLAIM_LEASE_MS, claimMail, markMailSent, releaseMail } from '../../../src/mail/sendOnce'
import { type Portal, postJson } from '../../helpers/portal'
import { createSession, registrant } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

/**
 * The sent marker of mail jobs: two app instances (two Payload instances, one PostgreSQL
 * database) that both pick up the same mail job, or a job that is run again after its mail went
 * out, send one mail. On SQL databases Payload claims a job by reading and then updating it, so
 * two workers can hold one job; the marker's unique key is what decides.
 */
/** What the mail task's handler uses of its arguments. */
type MailHandler = (args: { input: unknown; job: { id: number | string }; req: PayloadRequest }) => Promise<unknown>

const postgres = (await testDatabases()).find((d) => d.kind === 'postgres')!
if (postgres.skipReason) console.warn(`[mail-sent-marker] postgres overgeslagen: ${postgres.skipReason}`)

describe.runIf(!postgres.skipReason)('mail sent markers across two instances', () => {
  const first = usePortal(postgres, { smtp: true })
  const second = usePortal(postgres, { sameDatabaseAs: first })

  it('runs no queue at all on an instance with JOBS_AUTORUN=false, and every queue where it is on', async () => {
    const { payload } = first
    const runners = async () => {
      const autoRun = payload.config.jobs.autoRun
      const crons = typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? [])
      return crons.map((cron) => cron.queue ?? 'default').sort()
    }
    const before = process.env.JOBS_AUTORUN
    try {
      process.env.JOBS_AUTORUN = 'false'
      expect(await runners()).toEqual([])
      delete process.env.JOBS_AUTORUN
      // Search retries and scheduled publishing included: the worker runs all of them.
      expect(await runners()).toEqual(['default', 'mail', 'maintenance', 'search'])
    } finally {
      if (before === undefined) delete process.env.JOBS_AUTORUN
      else process.env.JOBS_AUTORUN = before
    }
  })

  it('claims once, lets a failed send go, and takes over a stale claim', async () => {
    const { payload } = first
    expect(await claimMail(payload, 'test:1')).toBe('claimed')
    expect(await claimMail(second.payload, 'test:1')).toBe('busy')
    await releaseMail(payload, 'test:1')
    expect(await claimMail(second.payload, 'test:1')).toBe('claimed')
    await markMailSent(second.payload, 'test:1')
    expect(await claimMail(payload, 'test:1')).toBe('sent')
    // Released only while sending: a sent marker stays.
    await releaseMail(payload, 'test:1')
    expect(await claimMail(payload, 'test:1')).toBe('sent')
    // A claim whose worker died is taken over after the lease.
    expect(await claimMail(payload, 'test:2')).toBe('claimed')
    expect(await claimMail(second.payload, 'test:2', Date.now() + CLAIM_LEASE_MS + 1000)).toBe('claimed')
  })

  it('sends one mail when both instances run the same job at once, and none when it runs again', async () => {
    const { session } = await createSession(first.payload, { capacity: 5 })
    const response = await postJson(`${first.http.url}/api/registrations`, registrant(session.id, 1901))
    expect(response.status).toBe(201)
    const { docs } = await first.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'mail' } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const job = docs[0]
    // Each instance's own mail task, given the same job: two workers that both read the job before
    // either marked it processing (Payload's read-then-update claim on SQL).
    const run = async (portal: Portal) => {
      const task = portal.payload.config.jobs.tasks?.find((t) => t.slug === 'sendRegistrationMail')
      if (!task || typeof task.handler !== 'function') throw new Error('no mail task')
      const handler = task.handler as MailHandler
      const req = await createLocalReq({}, portal.payload)
      return handler({ input: job.input, job, req })
    }
    const outcomes = await Promise.allSettled([run(first), run(second)])
    expect(first.smtp.messages).toHaveLength(1)
    // One sent; the other found the claim and failed for now (its retry will find the marker).
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value)).toEqual([{ output: { sent: true } }])
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String(o.reason))).toEqual([
      expect.stringContaining('being sent by another worker'),
    ])

    // The same job once more, as a retry after a crash between the send and the job's update.
    await expect(run(second)).resolves.toMatchObject({ output: { sent: false, skipped: 'already sent' } })
    // And the queue itself completes the job without a second mail.
    await second.payload.jobs.run({ queue: 'mail', silent: true })
    expect(first.smtp.messages).toHaveLength(1)
  })
})
