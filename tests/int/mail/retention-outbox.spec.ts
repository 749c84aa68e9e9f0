import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { register } from '../../../src/registrations/register'
import { testDatabases } from '../../helpers/databases'
import { bootPortal, type Portal, runMailQueue, shutdown } from '../../helpers/portal'
import { createSession, registrant } from '../../helpers/registrationFixtures'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!
const DAY = 86_400_000

describe('retention job and the mail outbox', () => {
  let portal: Portal
  let drop: () => Promise<void>
  let outbox: string

  beforeAll(async () => {
    outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-outbox-'))
    const created = await sqlite.create()
    drop = created.drop
    portal = await bootPortal('sqlite', created.uri, {
      kind: 'outbox',
      dir: outbox,
      from: { name: 'Test', address: 'scholing@example.org' },
    })
  })
  afterAll(async () => {
    if (portal) await shutdown(portal.payload)
    await drop?.()
    fs.rmSync(outbox, { recursive: true, force: true })
  })

  it('deletes mail files older than the retention period and keeps newer ones and other files', async () => {
    const { session } = await createSession(portal.payload)
    await register(portal.payload, registrant(session.id, 1))
    await runMailQueue(portal.payload)
    const fresh = fs.readdirSync(outbox).filter((name) => name.endsWith('.eml'))
    expect(fresh.length).toBeGreaterThan(0)
    expect(fs.readFileSync(path.join(outbox, fresh[0]), 'utf8')).toContain('deelnemer1@example.org')

    const aged = (
      name: string,
      daysOld: number,
      content = 'To: oud@example.org\r\n\r\nannuleren: https://example.org/x',
    ) => {
      const file = path.join(outbox, name)
      fs.writeFileSync(file, content)
      const then = new Date(Date.now() - daysOld * DAY)
      fs.utimesSync(file, then, then)
      return file
    }
    const old = aged('2025-01-01-oud.eml', 400)
    const almost = aged('2025-12-01-bijna.eml', 300)
    const notMail = aged('notitie.txt', 400, 'geen mail')

    await portal.payload.jobs.queue({
      task: 'eraseExpiredRegistrations' as never,
      queue: 'maintenance',
      input: {} as never,
    })
    const run = await portal.payload.jobs.run({ queue: 'maintenance', silent: true })
    expect(Object.values(run.jobStatus ?? {}).every((s) => s.status === 'success')).toBe(true)

    expect(fs.existsSync(old)).toBe(false)
    expect(fs.existsSync(almost)).toBe(true)
    expect(fs.existsSync(notMail)).toBe(true)
    for (const name of fresh) expect(fs.existsSync(path.join(outbox, name))).toBe(true)
  })
})
