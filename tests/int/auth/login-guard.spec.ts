import crypto from 'node:crypto'

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

import { FAILED_LOGIN_FLOOR_MS, guardLogin, RefusalTimer } from '../../../src/auth/guardLogin'
import { LoginThrottle } from '../../../src/auth/loginThrottle'
import { AUTH_MESSAGES } from '../../../src/auth/messages'
import { testDatabases } from '../../helpers/databases'
import { restHandler, routeContext } from '../../helpers/restHandler'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

const PASSWORD = 'een-lang-test-wachtwoord'
const portal = usePayload(sqlite)
let counter = 0

async function makeAccount(): Promise<string> {
  const email = `login-${Date.now()}-${++counter}@example.org`
  await portal.payload.create({ collection: 'users', data: { email, password: PASSWORD, role: 'professional' } })
  return email
}

const loginRequest = (body: unknown, address: string) =>
  new Request('http://localhost/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.1, ${address}` },
    body: JSON.stringify(body),
  })

/**
 * The password hashing a call does, counted at the source: every PBKDF2 call in this process
 * (Payload's check of a stored hash and collections/Users' hashing for nothing both use
 * node:crypto's pbkdf2) is passed through unchanged and its parameters are written down. Work
 * counted instead of time measured: a loaded machine slows both paths but cannot change the count.
 */
let hashSpy: ReturnType<typeof vi.spyOn> | undefined
async function hashingDoneBy(run: () => Promise<unknown>): Promise<string[]> {
  hashSpy ??= vi.spyOn(crypto, 'pbkdf2')
  hashSpy.mockClear()
  await run()
  return hashSpy.mock.calls.map((call: unknown[]) => `pbkdf2 ${call[2]} iterations, ${call[3]} bytes, ${call[4]}`)
}
afterEach(() => hashSpy?.mockClear())

/** The password check of one stored account: what every refused login must cost, no more, no less. */
const ONE_PASSWORD_CHECK = ['pbkdf2 600000 iterations, 32 bytes, sha256']

/** A RefusalTimer that also writes down the minimum time it gave each refusal. */
class WatchedTimer extends RefusalTimer {
  readonly targets: number[] = []
  override targetMs(): number {
    const target = super.targetMs()
    this.targets.push(target)
    return target
  }
}

afterAll(async () => {
  hashSpy?.mockRestore()
})

describe('login work for unknown and known accounts', () => {
  it('hashes the password for an unknown address and a locked account as for a wrong password (Local API, no route floor)', async () => {
    const email = await makeAccount()
    const attempt = (address: string, password = 'verkeerd-wachtwoord') =>
      portal.payload.login({ collection: 'users', data: { email: address, password } }).catch(() => undefined)
    // Four failures stay below the five that lock the account.
    for (let i = 0; i < 4; i++) {
      expect(await hashingDoneBy(() => attempt(email)), 'a wrong password for a real account').toEqual(ONE_PASSWORD_CHECK)
      expect(await hashingDoneBy(() => attempt(`niemand-${i}@example.org`)), 'an unknown address').toEqual(ONE_PASSWORD_CHECK)
    }
    // The fifth failure locks the account; a locked account costs the same, even with the right password.
    await attempt(email)
    expect(await hashingDoneBy(() => attempt(email, PASSWORD)), 'a locked account').toEqual(ONE_PASSWORD_CHECK)
    expect(await hashingDoneBy(() => attempt(email)), 'a locked account, wrong password').toEqual(ONE_PASSWORD_CHECK)
  })
})

describe('POST /api/users/login through the route guard', () => {
  const route = (throttle = new LoginThrottle()) =>
    guardLogin(restHandler(portal), { throttle, timer: new RefusalTimer() })
  const call = (handler: ReturnType<typeof route>, body: unknown, address = '198.51.100.1') =>
    handler(loginRequest(body, address), routeContext('/api/users/login'))

  it('answers unknown, wrong, locked and incomplete logins alike: same work, same answer, held back to the same minimum', async () => {
    const timer = new WatchedTimer()
    const handler = guardLogin(restHandler(portal), { throttle: new LoginThrottle(), timer })
    const email = await makeAccount()
    /** One refusal through the guard: its answer, the hashing it did, how long it took, and the minimum it was given. */
    const refuse = async (body: unknown, address: string) => {
      let response: Response | undefined
      const started = performance.now()
      const hashing = await hashingDoneBy(async () => (response = await call(handler, body, address)))
      const took = performance.now() - started
      expect(response!.status).toBe(401)
      expect(await response!.json()).toEqual({ errors: [{ message: AUTH_MESSAGES.loginFailed }] })
      return { hashing, took, target: timer.targets.at(-1)! }
    }
    // Four failures stay below the five that lock the account.
    for (let i = 0; i < 4; i++) {
      for (const body of [{ email, password: 'verkeerd' }, { email: `onbekend-${i}@example.org`, password: 'verkeerd' }]) {
        const { hashing, took, target } = await refuse(body, `192.0.2.${i}`)
        expect(hashing, JSON.stringify(body)).toEqual(ONE_PASSWORD_CHECK)
        // Held back to the timer's minimum (never below the floor): a loaded machine can only make
        // this longer, a guard that forgets to wait makes it shorter.
        expect(target).toBeGreaterThanOrEqual(FAILED_LOGIN_FLOOR_MS)
        expect(took, `${JSON.stringify(body)}: answered after ${took.toFixed(0)} ms, minimum ${target} ms`).toBeGreaterThanOrEqual(target - 2)
      }
    }
    // Every refusal asked the same timer; it was told how long each one took.
    expect(timer.targets).toHaveLength(8)

    // Locked (one more failure makes five), and then even the right password: the same answer,
    // the same work; a missing field costs no hashing, but the same minimum time.
    await refuse({ email, password: 'verkeerd' }, '192.0.2.50')
    expect((await refuse({ email, password: PASSWORD }, '192.0.2.51')).hashing).toEqual(ONE_PASSWORD_CHECK)
    for (const body of [{ email }, { password: PASSWORD }, {}]) {
      const { took, target } = await refuse(body, '192.0.2.51')
      expect(took, JSON.stringify(body)).toBeGreaterThanOrEqual(target - 2)
    }
  })

  it('lets a correct login through', async () => {
    const email = await makeAccount()
    const response = await call(route(), { email, password: PASSWORD })
    expect(response.status).toBe(200)
    expect((await response.json()).user.email).toBe(email)
  })

  it('makes one address wait after too many failures, with Retry-After, without touching others', async () => {
    const handler = route(
      new LoginThrottle({ perAddress: 3, perAddressWindowSeconds: 600, overall: 100, overallWindowSeconds: 600 }),
    )
    const email = await makeAccount()
    // Unknown addresses: the per-account lockout cannot be what stops this address.
    for (let i = 0; i < 3; i++)
      expect((await call(handler, { email: `x${i}@example.org`, password: 'x' }, '198.51.100.7')).status).toBe(401)
    const refused = await call(handler, { email, password: PASSWORD }, '198.51.100.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    expect((await refused.json()).errors[0].message).toMatch(
      /^Te veel mislukte inlogpogingen\. Probeer het over \d+ minuten opnieuw\.$/,
    )
    expect((await call(handler, { email, password: PASSWORD }, '198.51.100.8')).status).toBe(200)
  })

  it('forgets an address its failures once it logs in', async () => {
    const handler = route(
      new LoginThrottle({ perAddress: 3, perAddressWindowSeconds: 600, overall: 100, overallWindowSeconds: 600 }),
    )
    const email = await makeAccount()
    for (let i = 0; i < 2; i++) await call(handler, { email: 'iemand@example.org', password: 'x' }, '198.51.100.9')
    expect((await call(handler, { email, password: PASSWORD }, '198.51.100.9')).status).toBe(200)
    for (let i = 0; i < 2; i++) await call(handler, { email: 'iemand@example.org', password: 'x' }, '198.51.100.9')
    expect((await call(handler, { email, password: PASSWORD }, '198.51.100.9')).status).toBe(200)
  })

  it('throttles everyone once too many logins fail overall, so accounts cannot be locked in bulk', async () => {
    const handler = route(
      new LoginThrottle({ perAddress: 100, perAddressWindowSeconds: 600, overall: 4, overallWindowSeconds: 60 }),
    )
    const email = await makeAccount()
    for (let i = 0; i < 4; i++)
      expect((await call(handler, { email: `y${i}@example.org`, password: 'x' }, `203.0.113.${10 + i}`)).status).toBe(
        401,
      )
    const refused = await call(handler, { email, password: PASSWORD }, '203.0.113.99')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('leaves every other REST call alone', async () => {
    const handler = route(
      new LoginThrottle({ perAddress: 1, perAddressWindowSeconds: 600, overall: 1, overallWindowSeconds: 600 }),
    )
    await call(handler, { email: 'z@example.org', password: 'x' })
    const response = await handler(
      new Request('http://localhost/api/users/logout', { method: 'POST' }),
      routeContext('/api/users/logout'),
    )
    expect(response.status).not.toBe(429)
  })
})
