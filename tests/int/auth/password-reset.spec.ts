import type { ParsedMail } from 'mailparser'
import { beforeAll, expect, it } from 'vitest'

import { FORGOT_PASSWORD_ANSWER } from '../../../collections/Users/passwordReset'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { postJson, runMailQueue } from '../../helpers/portal'
import { createSession, registrant } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

const EMAIL = 'wachtwoord-kwijt@example.org'
const OLD_PASSWORD = 'oud-wachtwoord-van-de-test'
const NEW_PASSWORD = 'nieuw-wachtwoord-na-reset'

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address

/** Fails instead of hanging: the deadlock this guards against used to last 60 s. */
async function within<T>(ms: number, work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  try {
    const value = await Promise.race([work, timeout])
    return { value, ms: performance.now() - started }
  } finally {
    clearTimeout(timer)
  }
}

await describeOnEachDatabase('password reset', (database) => {
  const portal = usePortal(database, { smtp: true })

  beforeAll(async () => {
    await portal.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: EMAIL, password: OLD_PASSWORD, name: 'Testgebruiker', role: 'redacteur' } as never,
    })
  })

  it('answers at once with one neutral message, known address or not, while a registration goes through', async () => {
    const { session } = await createSession(portal.payload, { capacity: 5 })
    const [known, unknown, registration] = await within(
      5000,
      Promise.all([
        within(2000, postJson(`${portal.http.url}/api/users/forgot-password`, { email: EMAIL })),
        within(2000, postJson(`${portal.http.url}/api/users/forgot-password`, { email: 'niemand@example.org' })),
        within(2000, postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 1))),
      ]),
    ).then(({ value }) => value)
    expect(known.value.status).toBe(200)
    expect(unknown.value.status).toBe(200)
    expect(known.value.json).toEqual({ message: FORGOT_PASSWORD_ANSWER })
    expect(unknown.value.json).toEqual(known.value.json)
    expect(registration.value.status).toBe(201)
    // Nothing was sent inside the request: the mail comes from the queue.
    expect(portal.smtp.messages.filter((m) => to(m) === EMAIL)).toHaveLength(0)
  })

  it('refuses a missing or malformed address with a Dutch 400, and stores nothing', async () => {
    const before = await portal.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    for (const body of [{}, { email: 'geen-adres' }, { email: 42 }, 'geen json', { email: `${'a'.repeat(300)}@example.org` }]) {
      const answer = await postJson(`${portal.http.url}/api/users/forgot-password`, body)
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.json)).toMatch(/e-mailadres/)
    }
    expect(await portal.payload.count({ collection: 'payload-jobs', overrideAccess: true })).toEqual(before)
  })

  it('mails a link that sets a new password once', async () => {
    await runMailQueue(portal.payload)
    const mails = portal.smtp.messages.filter((m) => to(m) === EMAIL)
    expect(mails).toHaveLength(1)
    expect(portal.smtp.messages.filter((m) => to(m) === 'niemand@example.org')).toHaveLength(0)
    const [mail] = mails
    expect(mail.subject).toBe('Nieuw wachtwoord instellen voor het Kennisportaal')
    expect(mail.html).toContain('<html lang="nl">')
    const token = String(mail.text).match(/\/admin\/reset\/([A-Za-z0-9]+)/)?.[1]
    expect(token).toBeTruthy()

    const reset = await postJson(`${portal.http.url}/api/users/reset-password`, { token, password: NEW_PASSWORD })
    expect(reset.status).toBe(200)
    const again = await postJson(`${portal.http.url}/api/users/reset-password`, { token, password: 'nog-een-ander-wachtwoord' })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)

    const oldLogin = await postJson(`${portal.http.url}/api/users/login`, { email: EMAIL, password: OLD_PASSWORD })
    expect(oldLogin.status).toBe(401)
    const newLogin = await postJson(`${portal.http.url}/api/users/login`, { email: EMAIL, password: NEW_PASSWORD })
    expect(newLogin.status).toBe(200)
  })

  it('sends one mail however often the form is sent within a minute', async () => {
    for (let i = 0; i < 3; i++) await postJson(`${portal.http.url}/api/users/forgot-password`, { email: EMAIL })
    await runMailQueue(portal.payload)
    expect(portal.smtp.messages.filter((m) => to(m) === EMAIL)).toHaveLength(2)
  })

  // Payload's own operations that write outside the transaction of their request (the
  // forgot-password reservation, login attempts, unlock): none may wait for itself.
  it("Payload's own forgot-password, a failed login and unlock finish quickly beside other writes", async () => {
    const { session } = await createSession(portal.payload, { capacity: 5 })
    const { ms } = await within(
      5000,
      Promise.all([
        portal.payload.forgotPassword({ collection: 'users', data: { email: EMAIL } }),
        postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 2)),
      ]),
    )
    expect(ms).toBeLessThan(2000)
    await within(
      5000,
      portal.payload.login({ collection: 'users', data: { email: EMAIL, password: 'fout-wachtwoord-123' } }).catch((error: unknown) => error),
    )
    const [user] = (
      await portal.payload.find({ collection: 'users', where: { email: { equals: EMAIL } }, overrideAccess: true, showHiddenFields: true })
    ).docs as { loginAttempts?: number }[]
    expect(user.loginAttempts).toBe(1)
    await within(5000, portal.payload.unlock({ collection: 'users', data: { email: EMAIL } as never, overrideAccess: true }))
    const [unlocked] = (
      await portal.payload.find({ collection: 'users', where: { email: { equals: EMAIL } }, overrideAccess: true, showHiddenFields: true })
    ).docs as { loginAttempts?: number }[]
    expect(unlocked.loginAttempts ?? 0).toBe(0)
  })
})
