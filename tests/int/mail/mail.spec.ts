import type { ParsedMail } from 'mailparser'
import { afterAll, describe, expect, it } from 'vitest'

import { cancelSession } from '../../../src/registrations/cancelSession'
import { queueReminders } from '../../../src/registrations/reminders'
import { testDatabases } from '../../helpers/databases'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { bootPortal, type MailServer, postJson, runMailQueue, shutdown, startSmtp } from '../../helpers/portal'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

// Retries come quickly here, so the "mail server back" case does not wait half a minute.
process.env.MAIL_RETRY_DELAY_MS = '50'

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address
const mailsTo = (server: MailServer, address: string) => server.messages.filter((m) => to(m) === address)
const tokenIn = (mail: ParsedMail) => {
  const match = String(mail.text).match(/\/scholing\/annuleren\?token=([A-Za-z0-9_-]{43})/)
  if (!match) throw new Error(`no cancel link in: ${mail.text}`)
  return match[1]
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

await describeOnEachDatabase('registration mails', (database) => {
  const portal = usePortal(database, { smtp: true })

  it('mails confirmation and waitlist, cancels once by link and promotes the next in line', async () => {
    const provider = await portal.payload.create({
      collection: 'organisations',
      overrideAccess: true,
      data: { title: 'Opleidingshuis Voorbeeld', type: 'gi', email: 'opleidingen@example.org', _status: 'published' } as never,
    })
    const { session, training } = await createSession(portal.payload, {
      capacity: 1,
      skjPoints: 6,
      provider: provider.id,
      joinDetails: 'Voorbeeldstraat 12, 6811 AA Arnhem',
    })
    const a = registrant(session.id, 1, { email: 'eerste@example.org', organisation: 'Organisatie-XYZ', function: 'Functie-QRS' })
    const b = registrant(session.id, 2, { email: 'tweede@example.org' })
    expect((await postJson(`${portal.http.url}/api/registrations`, a)).json?.status).toBe('confirmed')
    expect((await postJson(`${portal.http.url}/api/registrations`, b)).json?.status).toBe('waitlist')
    await runMailQueue(portal.payload)

    const [confirmation] = mailsTo(portal.smtp, 'eerste@example.org')
    expect(confirmation.subject).toBe(`Inschrijving bevestigd: ${training.title}`)
    expect(confirmation.from?.value[0]?.address).toBe('scholing@example.org')
    expect(confirmation.text).toContain('Beste Deelnemer 1,')
    expect(confirmation.text).toContain('Arnhem, zaal 2')
    expect(confirmation.text).toContain('SKJ-accreditatie: 6 punten')
    // The real address and whom to ask, not "the address is in the confirmation" or only noreply.
    expect(confirmation.text).toContain('Adres: Voorbeeldstraat 12, 6811 AA Arnhem')
    expect(confirmation.text).toContain('Neem contact op met Opleidingshuis Voorbeeld: opleidingen@example.org')
    expect(confirmation.text).toMatch(/Wanneer: \w+dag \d{1,2} \w+ \d{4}/)
    expect(confirmation.text).toContain(`/scholing/sessies/${session.id}/agenda.ics`)
    expect(confirmation.text).toContain(`/scholing/${training.slug}`)
    // Only what the mail needs: not the organisation or function the registrant gave.
    expect(`${confirmation.text}${confirmation.html}`).not.toMatch(/Organisatie-XYZ|Functie-QRS/)
    expect(confirmation.html).toContain('<html lang="nl">')
    const htmlLinks = [...String(confirmation.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
    expect(htmlLinks).toContain(`http://localhost:3000/scholing/annuleren?token=${tokenIn(confirmation)}`)
    expect(confirmation.headers.get('auto-submitted')).toBe('auto-generated')

    const [waiting] = mailsTo(portal.smtp, 'tweede@example.org')
    expect(waiting.subject).toBe(`U staat op de wachtlijst: ${training.title}`)
    expect(waiting.text).toContain('wachtlijst')
    // No place yet, so no address of the venue.
    expect(waiting.text).not.toContain('Arnhem, zaal 2')
    expect(waiting.text).not.toContain('Voorbeeldstraat')
    expect(waiting.text).toContain('U staat op plaats 1 van de wachtlijst.')
    expect(waiting.text).toContain('opleidingen@example.org')

    // Only the hash of the token is stored.
    const stored = await portal.payload.find({ collection: 'registrations', where: { email: { equals: 'eerste@example.org' } }, overrideAccess: true, showHiddenFields: true, depth: 0 })
    const token = tokenIn(confirmation)
    expect(JSON.stringify(stored.docs[0])).not.toContain(token)

    const cancelled = await postJson(`${portal.http.url}/api/registrations/cancel`, { token })
    expect(cancelled.status).toBe(200)
    expect(cancelled.json?.message).toMatch(/geannuleerd/)
    const again = await postJson(`${portal.http.url}/api/registrations/cancel`, { token })
    expect(again.status).toBe(404)
    expect(again.json?.message).toBe('Deze annuleringslink is ongeldig of al gebruikt.')

    const counts = await statusCounts(portal.payload, session.id)
    expect(counts).toMatchObject({ confirmed: 1, waitlist: 0, cancelled: 1 })
    expect(counts.docs.find((d) => d.email === 'tweede@example.org')?.status).toBe('confirmed')
    const after = await portal.payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true, depth: 0 })
    expect(after.confirmedCount).toBe(1)

    await runMailQueue(portal.payload)
    const cancellation = mailsTo(portal.smtp, 'eerste@example.org')[1]
    expect(cancellation.subject).toBe(`Inschrijving geannuleerd: ${training.title}`)
    const promoted = mailsTo(portal.smtp, 'tweede@example.org')[1]
    expect(promoted.subject).toBe(`Er is een plaats voor u: ${training.title}`)
    expect(promoted.text).toContain('Arnhem, zaal 2')
    // The promoted colleague's link (the same one the waitlist mail had) cancels their place.
    expect(tokenIn(promoted)).toBe(tokenIn(waiting))
    const form = await fetch(`${portal.http.url}/api/registrations/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokenIn(promoted) }),
      redirect: 'manual',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/scholing/annuleren?resultaat=geannuleerd')
    const empty = await portal.payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true, depth: 0 })
    expect(empty.confirmedCount).toBe(0)
  })

  it('tells every registrant when a trainer cancels the session, and only their own', async () => {
    const trainer = await portal.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `trainer-${database.kind}@example.org`, password: 'een-lang-wachtwoord-1', role: 'trainer', name: 'Trainer' },
    })
    const other = await portal.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `andere-trainer-${database.kind}@example.org`, password: 'een-lang-wachtwoord-1', role: 'trainer', name: 'Andere trainer' },
    })
    const { session, training } = await createSession(portal.payload, { capacity: 2, trainers: [trainer.id] })
    for (const i of [11, 12, 13]) await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, i))
    await runMailQueue(portal.payload)
    const before = portal.smtp.messages.length

    await expect(cancelSession(portal.payload, { sessionId: session.id, user: { ...other, collection: 'users' } as never })).rejects.toThrow()
    await cancelSession(portal.payload, { sessionId: session.id, user: { ...trainer, collection: 'users' } as never })
    expect(await statusCounts(portal.payload, session.id)).toMatchObject({ total: 3, cancelled: 3 })

    await runMailQueue(portal.payload)
    const news = portal.smtp.messages.slice(before)
    expect(news.map(to).sort()).toEqual(['deelnemer11@example.org', 'deelnemer12@example.org', 'deelnemer13@example.org'])
    expect(news.every((m) => m.subject === `Sessie gaat niet door: ${training.title}`)).toBe(true)
  })

  it('queues one reminder per confirmed registrant two days ahead', async () => {
    const now = new Date()
    const { session, training } = await createSession(portal.payload, { capacity: 1, startsInDays: 1.5, opensInDays: -1, closesInDays: 1 })
    await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 21))
    await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 22))
    await runMailQueue(portal.payload)
    const before = portal.smtp.messages.length
    const first = await queueReminders(portal.payload, { now })
    expect(first.mails).toBeGreaterThanOrEqual(1)
    expect((await queueReminders(portal.payload, { now })).mails).toBe(0)
    await runMailQueue(portal.payload)
    const reminders = portal.smtp.messages.slice(before).filter((m) => m.subject === `Herinnering: ${training.title} over twee dagen`)
    expect(reminders.map(to)).toEqual(['deelnemer21@example.org'])
  })
})

await describeOnEachDatabase('mail server down', (database) => {
  const portal = usePortal(database)
  // Started by the test once the mail has failed, on the port the portal sends to.
  let smtp: MailServer | undefined
  afterAll(async () => {
    await smtp?.close()
  })

  it('stores 20 registrations at once and delivers all 20 mails once the server is back', async () => {
    const { session } = await createSession(portal.payload, { capacity: 30 })
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 300 + i))))
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201))
    expect((await statusCounts(portal.payload, session.id)).confirmed).toBe(20)

    // Sending fails while nothing listens; the jobs stay, marked for a retry.
    await portal.payload.jobs.run({ queue: 'mail', limit: 100, silent: true })
    const waiting = await portal.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendRegistrationMail' } }, overrideAccess: true, pagination: false, depth: 0 })
    expect(waiting.docs).toHaveLength(20)
    expect(waiting.docs.every((job) => job.totalTried === 1 && !job.hasError && !job.completedAt)).toBe(true)

    smtp = await startSmtp(portal.smtpPort)
    for (let round = 0; round < 50 && smtp.messages.length < 20; round++) {
      await sleep(100) // past the (shortened) backoff
      await runMailQueue(portal.payload, 3)
    }
    expect(smtp.messages.map(to).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `deelnemer${300 + i}@example.org`).sort())
    const left = await portal.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendRegistrationMail' } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
  })
})

describe('mail without an SMTP server', () => {
  it('writes each mail as an .eml file in the outbox and logs where', async () => {
    const fs = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const { simpleParser } = await import('mailparser')
    const sqlite = (await testDatabases()).find((d) => d.kind === 'sqlite')!
    const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-outbox-'))
    const { uri, drop } = await sqlite.create()
    const portal = await bootPortal('sqlite', uri, { kind: 'outbox', dir: outbox, from: { name: 'Kennisportaal', address: 'scholing@example.org' } })
    const logged: string[] = []
    const info = portal.payload.logger.info.bind(portal.payload.logger)
    portal.payload.logger.info = ((message: unknown, ...rest: unknown[]) => {
      if (typeof message === 'string') logged.push(message)
      return (info as (...args: unknown[]) => void)(message, ...rest)
    }) as typeof portal.payload.logger.info
    try {
      const { session, training } = await createSession(portal.payload)
      const { register } = await import('../../../src/registrations/register')
      await register(portal.payload, registrant(session.id, 1))
      await runMailQueue(portal.payload)
      const files = fs.readdirSync(outbox).filter((f) => f.endsWith('.eml'))
      expect(files).toHaveLength(1)
      const mail = await simpleParser(fs.readFileSync(path.join(outbox, files[0])))
      expect(mail.subject).toBe(`Inschrijving bevestigd: ${training.title}`)
      expect(logged.some((line) => line.includes(path.join(outbox, files[0])) && !line.includes('@'))).toBe(true)
    } finally {
      await shutdown(portal.payload)
      await drop()
      fs.rmSync(outbox, { recursive: true, force: true })
    }
  })
})
