import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { portalConfig } from '../../../payload.config'
import { migrateTestDatabase } from '../../helpers/bootPayload'
import { testDatabases } from '../../helpers/databases'
import { type HttpServer, type MailServer, postJson, shutdown, smtpSettings, startHttp, startSmtp } from '../../helpers/portal'
import { createSession, registrant } from '../../helpers/registrationFixtures'

const sqlite = (await testDatabases()).find((d) => d.kind === 'sqlite')!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The queues in a long-running server: Payload starts the autorun crons when an instance is made
 * with `cron: true` (instrumentation.ts does so at start-up), and nobody calls jobs.run by hand.
 */
describe('job queues of a running portal', () => {
  let payload: Payload
  let smtp: MailServer
  let http: HttpServer
  let drop: () => Promise<void>
  let key: string

  beforeAll(async () => {
    delete process.env.JOBS_AUTORUN
    smtp = await startSmtp()
    const created = await sqlite.create()
    drop = created.drop
    key = `${created.uri}#cron`
    payload = await getPayload({ config: portalConfig({ databaseUri: created.uri, seedOnEmpty: false, mail: smtpSettings(smtp.port) }), key, cron: true })
    await migrateTestDatabase(payload, 'sqlite')
    http = await startHttp({ payload, key })
  })
  afterAll(async () => {
    await http?.close()
    if (payload) await shutdown(payload)
    await smtp?.close()
    await drop?.()
    process.env.JOBS_AUTORUN = 'false'
  })

  it('registers the tasks with retries and schedules, and starts the crons', async () => {
    const tasks = Object.fromEntries((payload.config.jobs.tasks ?? []).map((task) => [task.slug, task]))
    expect(tasks.sendRegistrationMail.retries).toMatchObject({ attempts: 12, backoff: { type: 'exponential' } })
    expect(tasks.queueRegistrationReminders.schedule).toEqual([{ cron: '0 5 * * * *', queue: 'maintenance' }])
    expect(tasks.eraseExpiredRegistrations.schedule).toEqual([{ cron: '0 30 3 * * *', queue: 'maintenance' }])
    const autoRun = typeof payload.config.jobs.autoRun === 'function' ? await payload.config.jobs.autoRun(payload) : payload.config.jobs.autoRun
    expect(autoRun).toEqual(expect.arrayContaining([expect.objectContaining({ queue: 'mail', cron: '*/10 * * * * *' }), expect.objectContaining({ queue: 'maintenance' })]))
    expect(payload.crons.length).toBeGreaterThanOrEqual(2)
  })

  it('queues the scheduled housekeeping for its next run', async () => {
    await payload.jobs.handleSchedules({ queue: 'maintenance' })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'maintenance' } }, overrideAccess: true, depth: 0 })
    expect(docs.map((job) => job.taskSlug).sort()).toEqual(['closeExpiredVacancies', 'eraseExpiredRegistrations', 'eraseStaleAlerts', 'queueRegistrationReminders'])
    expect(docs.every((job) => job.waitUntil && new Date(job.waitUntil).getTime() > Date.now())).toBe(true)
  })

  it('sends the confirmation without anyone running the queue', async () => {
    const { session } = await createSession(payload)
    expect((await postJson(`${http.url}/api/registrations`, registrant(session.id, 1))).status).toBe(201)
    // The mail queue runs every ten seconds; wait for it, within reason.
    for (let i = 0; i < 60 && smtp.messages.length === 0; i++) await sleep(500)
    expect(smtp.messages.map((m) => m.subject)).toEqual([expect.stringMatching(/^Inschrijving bevestigd: /)])
  })
})
