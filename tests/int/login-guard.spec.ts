import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FAILED_LOGIN_FLOOR_MS, guardLogin, RefusalTimer } from '../../src/auth/guardLogin'
import { LoginThrottle } from '../../src/auth/loginThrottle'
import { AUTH_MESSAGES } from '../../src/auth/messages'
import { type BootedPortal, bootPayload } from '../helpers/bootPayload'
import { testDatabases } from '../helpers/databases'
import { restHandler, routeContext } from '../helpers/restHandler'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

const PASSWORD = 'een-lang-test-wachtwoord'
let portal: BootedPortal
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

beforeAll(async () => {
  portal = await bootPayload(sqlite)
})
afterAll(async () => {
  await portal?.shutdown()
})

describe('login work for unknown and known accounts', () => {
  it('hashes the password for an unknown address too (Local API, no route floor)', async () => {
    const email = await makeAccount()
    const attempt = (address: string) =>
      portal.payload
        .login({ collection: 'users', data: { email: address, password: 'verkeerd-wachtwoord' } })
        .catch(() => undefined)
    const known: number[] = []
    const unknown: number[] = []
    // Three failures stay below the five that lock the account.
    for (let i = 0; i < 3; i++) {
      known.push(await timed(() => attempt(email)))
      unknown.push(await timed(() => attempt(`niemand-${i}@example.org`)))
    }
    const ratio = median(unknown) / median(known)
    expect(ratio, `unknown ${median(unknown).toFixed(0)} ms, known ${median(known).toFixed(0)} ms`).toBeGreaterThan(0.8)
    expect(ratio).toBeLessThan(1.25)
  })
})

describe('POST /api/users/login through the route guard', () => {
  const route = (throttle = new LoginThrottle()) =>
    guardLogin(restHandler(portal), { throttle, timer: new RefusalTimer() })
  const call = (handler: ReturnType<typeof route>, body: unknown, address = '198.51.100.1') =>
    handler(loginRequest(body, address), routeContext('/api/users/login'))

  it('answers unknown, wrong, locked and incomplete logins alike, in the same time within 20 %', async () => {
    const handler = route()
    const email = await makeAccount()
    const known: number[] = []
    const unknown: number[] = []
    // One refusal first: the guard holds refusals back to what recent ones took.
    await call(handler, { email: 'eerste@example.org', password: 'verkeerd' }, '192.0.2.99')
    // Four failures stay below the five that lock the account.
    for (let i = 0; i < 4; i++) {
      let response: Response | undefined
      known.push(
        await timed(async () => (response = await call(handler, { email, password: 'verkeerd' }, `192.0.2.${i}`))),
      )
      expect(response!.status).toBe(401)
      expect((await response!.json()).errors[0].message).toBe(AUTH_MESSAGES.loginFailed)
      unknown.push(
        await timed(
          async () =>
            (response = await call(
              handler,
              { email: `onbekend-${i}@example.org`, password: 'verkeerd' },
              `192.0.2.${i}`,
            )),
        ),
      )
      expect(response!.status).toBe(401)
      expect((await response!.json()).errors[0].message).toBe(AUTH_MESSAGES.loginFailed)
    }
    expect(median(known)).toBeGreaterThanOrEqual(FAILED_LOGIN_FLOOR_MS - 5)
    const ratio = median(unknown) / median(known)
    expect(ratio, `unknown ${median(unknown).toFixed(0)} ms, known ${median(known).toFixed(0)} ms`).toBeGreaterThan(0.8)
    expect(ratio).toBeLessThan(1.25)

    // Locked (one more failure makes five), and then even the right password: the same answer.
    await call(handler, { email, password: 'verkeerd' }, '192.0.2.50')
    for (const body of [{ email, password: PASSWORD }, { email }, { password: PASSWORD }, {}]) {
      const response = await call(handler, body, '192.0.2.51')
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ errors: [{ message: AUTH_MESSAGES.loginFailed }] })
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
