import { clientAddress } from './clientAddress'
import { LoginThrottle } from './loginThrottle'
import { AUTH_MESSAGES } from './messages'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * A refused login answers no sooner than this after it arrived. Payload answers an unknown address
 * at once but hashes the password of a known one (~135 ms here) and records the attempt: without
 * a floor the answer's timing tells which addresses have an account. collections/Users also makes
 * the unknown case do the same hashing, so the floor only has to cover the database write.
 */
export const FAILED_LOGIN_FLOOR_MS = 400
/** A busy server must not make refusals wait without end. */
const FAILED_LOGIN_CEILING_MS = 5_000

/**
 * How long refused logins took recently. A fixed floor is not enough on a loaded server, where
 * hashing alone can take seconds: every refusal is held back to what nine in ten recent refusals
 * took, so the one that did the extra database write (a known account) does not stand out.
 */
export class RefusalTimer {
  private readonly recent: number[] = []

  constructor(
    private readonly floorMs = FAILED_LOGIN_FLOOR_MS,
    private readonly size = 50,
  ) {}

  record(ms: number): void {
    this.recent.push(ms)
    if (this.recent.length > this.size) this.recent.shift()
  }

  targetMs(): number {
    if (this.recent.length === 0) return this.floorMs
    const sorted = [...this.recent].sort((a, b) => a - b)
    const p90 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]
    return Math.min(FAILED_LOGIN_CEILING_MS, Math.max(this.floorMs, p90))
  }
}

const NO_STORE = { 'Cache-Control': 'no-store' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type LoginGuardOptions = { throttle?: LoginThrottle; timer?: RefusalTimer; loginPath?: string }

/** The instance the app's routes share, so every request counts against the same limits. */
const shared = globalThis as { __portalLoginThrottle?: LoginThrottle; __portalRefusalTimer?: RefusalTimer }
const sharedThrottle = (shared.__portalLoginThrottle ??= new LoginThrottle())
/** The login throttle every route shares (REST login here, GraphQL's loginUser in src/graphql/). */
export const sharedLoginThrottle = (): LoginThrottle => sharedThrottle
const sharedTimer = (shared.__portalRefusalTimer ??= new RefusalTimer())

/**
 * Wraps Payload's REST POST handler around its login endpoint: per-address and overall throttling
 * (429 with Retry-After), one Dutch answer for every refusal (wrong password, unknown address,
 * locked account, missing field), and the same minimum time for each of them.
 */
export function guardLogin(handler: Handler, options: LoginGuardOptions = {}): Handler {
  const throttle = options.throttle ?? sharedThrottle
  const timer = options.timer ?? sharedTimer
  const loginPath = options.loginPath ?? '/api/users/login'
  return async (request, context) => {
    if (new URL(request.url).pathname.replace(/\/+$/, '') !== loginPath) return handler(request, context)
    const started = Date.now()
    const address = clientAddress(request.headers)
    const wait = await throttle.waitSeconds(address)
    if (wait > 0) {
      return Response.json(
        { errors: [{ message: AUTH_MESSAGES.tooManyAttempts(wait) }] },
        { status: 429, headers: { ...NO_STORE, 'Retry-After': String(wait) } },
      )
    }
    const response = await handler(request, context)
    if (response.ok) {
      await throttle.succeeded(address)
      return response
    }
    // Server faults stay what they are; everything the client got wrong looks the same.
    if (response.status >= 500) return response
    await throttle.failed(address)
    await response.body?.cancel().catch(() => undefined)
    const took = Date.now() - started
    const left = timer.targetMs() - took
    timer.record(took)
    if (left > 0) await sleep(left)
    return Response.json({ errors: [{ message: AUTH_MESSAGES.loginFailed }] }, { status: 401, headers: NO_STORE })
  }
}
