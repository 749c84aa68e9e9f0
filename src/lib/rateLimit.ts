import pg from 'pg'
import { Redis } from 'ioredis'
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import { clientAddress } from '../auth/clientAddress'

export type LimiterOptions = {
  /** Separates the counters of different limits in a shared store. */
  keyPrefix: string
  /** How many times something may happen within `durationSeconds`. */
  points: number
  durationSeconds: number
}

type Env = Record<string, string | undefined>

export type LimiterStore = 'redis' | 'postgres' | 'memory'

/**
 * Where the counts live, so that they hold across instances:
 * - REDIS_URL set: Redis (one client per process, shared by all limiters);
 * - a PostgreSQL DATABASE_URI: a `rate_limits` table in that database, through `pg` (the driver
 *   Payload's adapter already uses; the table is made by rate-limiter-flexible, not a migration);
 * - otherwise (the embedded SQLite database): this process's memory. rate-limiter-flexible's
 *   SQLite store speaks sqlite3/better-sqlite3/knex, not the libsql driver Payload uses, and a
 *   second native driver on the same file is not worth it: an embedded database means one instance.
 */
export function limiterStore(env: Env = process.env): LimiterStore {
  if (env.REDIS_URL) return 'redis'
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URI ?? '')) return 'postgres'
  return 'memory'
}

type Shared = { __portalRedis?: Redis; __portalLimiterPool?: pg.Pool }
const shared = globalThis as Shared

function redisClient(url: string): Redis {
  shared.__portalRedis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  // A Redis that is away must not crash the server: the in-memory insurance counts meanwhile.
  shared.__portalRedis.on('error', () => undefined)
  return shared.__portalRedis
}

function limiterPool(uri: string): pg.Pool {
  shared.__portalLimiterPool ??= new pg.Pool({ connectionString: uri, max: 2 })
  shared.__portalLimiterPool.on('error', () => undefined)
  return shared.__portalLimiterPool
}

/**
 * The one place rate limiters are made. Every shared store gets an in-memory "insurance" limiter
 * with the same limits: when Redis or the database does not answer, this instance still counts.
 */
export function createLimiter(options: LimiterOptions, env: Env = process.env): RateLimiterAbstract {
  const base = { keyPrefix: options.keyPrefix, points: options.points, duration: options.durationSeconds }
  const memory = new RateLimiterMemory(base)
  switch (limiterStore(env)) {
    case 'redis':
      // REDIS_KEY_PREFIX separates portals (and test runs) that share one Redis, as for the page cache.
      return new RateLimiterRedis({
        ...base,
        keyPrefix: env.REDIS_KEY_PREFIX?.trim() ? `${env.REDIS_KEY_PREFIX.trim()}:${options.keyPrefix}` : options.keyPrefix,
        storeClient: redisClient(env.REDIS_URL!),
        insuranceLimiter: memory,
      })
    case 'postgres':
      return new RateLimiterPostgres(
        { ...base, storeClient: limiterPool(env.DATABASE_URI!), tableName: 'rate_limits', insuranceLimiter: memory },
        // Table creation failing is not fatal: the insurance limiter counts until it exists.
        () => undefined,
      )
    default:
      return memory
  }
}

/** Seconds until `limiter` lets `key` through again, or 0 when it already does. */
export async function secondsUntilAllowed(limiter: RateLimiterAbstract, key: string, points: number): Promise<number> {
  const state = await limiter.get(key)
  if (!state || state.consumedPoints < points) return 0
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000))
}

/** Counts one occurrence; going over the limit is what `secondsUntilAllowed` reports later. */
export async function count(limiter: RateLimiterAbstract, key: string): Promise<void> {
  // consume() rejects once the limit is passed; that is the state we want recorded, not an error.
  await limiter.consume(key).catch(() => undefined)
}

/** The things a visitor can do that cost us mail, storage or CPU, each with its own limit per address. */
export type RequestLimitName = 'registrations' | 'passwordReset' | 'search' | 'subscriptions' | 'feedback'

/**
 * Default limits per address: `points` per `seconds`. Each can be set with RATE_LIMIT_<NAME>=n/seconds
 * (RATE_LIMIT_SEARCH=120/60), so tests can use small numbers.
 */
export const REQUEST_LIMITS: Record<RequestLimitName, { points: number; seconds: number; env: string }> = {
  // A colleague registering a team does a handful; a script does hundreds.
  registrations: { points: 20, seconds: 60 * 60, env: 'RATE_LIMIT_REGISTRATIONS' },
  passwordReset: { points: 5, seconds: 60 * 60, env: 'RATE_LIMIT_PASSWORD_RESET' },
  // Search-as-you-type sends a request per pause in typing.
  search: { points: 120, seconds: 60, env: 'RATE_LIMIT_SEARCH' },
  subscriptions: { points: 10, seconds: 60 * 60, env: 'RATE_LIMIT_SUBSCRIPTIONS' },
  feedback: { points: 10, seconds: 60 * 60, env: 'RATE_LIMIT_FEEDBACK' },
}

export function requestLimit(name: RequestLimitName, env: Env = process.env) {
  const { points, seconds, env: key } = REQUEST_LIMITS[name]
  const match = /^(\d{1,6})\/(\d{1,7})$/.exec(env[key]?.trim() ?? '')
  return match ? { points: Number(match[1]), seconds: Number(match[2]) } : { points, seconds }
}

const limiters = new Map<RequestLimitName, RateLimiterAbstract>()
const sharedLimiters = globalThis as { __portalRequestLimiters?: Map<RequestLimitName, RateLimiterAbstract> }

function limiterFor(name: RequestLimitName): RateLimiterAbstract {
  const map = (sharedLimiters.__portalRequestLimiters ??= limiters)
  let limiter = map.get(name)
  if (!limiter) {
    const { points, seconds } = requestLimit(name)
    limiter = createLimiter({ keyPrefix: `request-${name}`, points, durationSeconds: seconds })
    map.set(name, limiter)
  }
  return limiter
}

export const RATE_LIMIT_MESSAGE = (seconds: number) =>
  `U heeft dit in korte tijd te vaak gedaan. Probeer het over ${seconds < 120 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`} opnieuw.`

/**
 * Counts this request against the limit `name` for its address. Over the limit: a 429 with
 * Retry-After and a Dutch message (JSON for the API, plain text for a form post); otherwise null.
 */
export async function refuseWhenLimited(
  name: RequestLimitName,
  request: Request,
  format: 'json' | 'text' = 'json',
): Promise<Response | null> {
  let seconds = 0
  try {
    await limiterFor(name).consume(clientAddress(request.headers))
  } catch (result) {
    if (!(result instanceof RateLimiterRes) && !(result && typeof result === 'object' && 'msBeforeNext' in result)) return null
    seconds = Math.max(1, Math.ceil((result as RateLimiterRes).msBeforeNext / 1000))
  }
  if (seconds === 0) return null
  const headers = { 'Retry-After': String(seconds), 'Cache-Control': 'no-store', 'Content-Language': 'nl' }
  const message = RATE_LIMIT_MESSAGE(seconds)
  return format === 'json'
    ? Response.json({ errors: [{ message }] }, { status: 429, headers })
    : new Response(message, { status: 429, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
}
