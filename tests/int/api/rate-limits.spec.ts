import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import pg from 'pg'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { afterAll, describe, expect, it } from 'vitest'

import { limitRequests } from '../../../src/api/limitRequests'
import { createLimiter, limiterStore, requestLimit } from '../../../src/lib/rateLimit'

/**
 * Rate limits on the real stores: Redis at REDIS_URL (or 127.0.0.1:6379), PostgreSQL, and the
 * memory fallback for the embedded SQLite database. Two limiters with the same prefix stand for
 * two instances of the portal: what one counts, the other sees.
 */
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const POSTGRES_URI = process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

async function redisReason(): Promise<string | null> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
    return null
  } catch (error) {
    return `Redis op ${REDIS_URL} antwoordt niet (${(error as Error).message})`
  } finally {
    client.disconnect()
  }
}

async function postgresReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URI, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return null
  } catch (error) {
    return `PostgreSQL op ${POSTGRES_URI} antwoordt niet (${(error as Error).message})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

const stores = [
  { name: 'redis', env: { REDIS_URL }, skip: await redisReason() },
  { name: 'postgres', env: { DATABASE_URI: POSTGRES_URI }, skip: await postgresReason() },
  { name: 'memory', env: { DATABASE_URI: 'file:./x.db' }, skip: null },
] as const
for (const store of stores) if (store.skip) console.warn(`[rate-limits] ${store.name} overgeslagen: ${store.skip}`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The PostgreSQL store makes its table on first use; until then the memory insurance counts. */
async function ready(limiter: RateLimiterAbstract): Promise<void> {
  for (let i = 0; i < 100 && 'tableCreated' in limiter && !limiter.tableCreated; i++) await sleep(50)
  // Likewise the Redis client until it has connected.
  const client = (limiter as { client?: { status?: string } }).client
  for (let i = 0; i < 100 && client?.status && client.status !== 'ready'; i++) await sleep(50)
}

const outcome = (limiter: RateLimiterAbstract, key: string) =>
  limiter.consume(key).then(
    () => 'allowed' as const,
    (result: unknown) => {
      if (result instanceof Error) throw result
      return 'refused' as const
    },
  )

describe('the store is chosen from the environment', () => {
  it('Redis when REDIS_URL is set, PostgreSQL for a PostgreSQL database, memory for SQLite', () => {
    expect(limiterStore({ REDIS_URL: 'redis://x', DATABASE_URI: 'postgres://y/z' })).toBe('redis')
    expect(limiterStore({ DATABASE_URI: 'postgresql://y/z' })).toBe('postgres')
    expect(limiterStore({ DATABASE_URI: 'file:./data/portal.db' })).toBe('memory')
    expect(limiterStore({})).toBe('memory')
  })

  it('limits are configurable per name', () => {
    expect(requestLimit('search', { RATE_LIMIT_SEARCH: '3/10' })).toEqual({ points: 3, seconds: 10 })
    expect(requestLimit('search', { RATE_LIMIT_SEARCH: 'veel' })).toEqual({ points: 120, seconds: 60 })
  })
})

for (const store of stores) {
  describe.skipIf(store.skip)(`limits on ${store.name}`, () => {
    const prefix = `test-${randomUUID()}`
    const made: RateLimiterAbstract[] = []
    const limiter = () => {
      const made1 = createLimiter({ keyPrefix: prefix, points: 3, durationSeconds: 1 }, store.env)
      made.push(made1)
      return made1
    }
    afterAll(async () => {
      for (const each of made) await each.delete('10.0.0.1').catch(() => undefined)
    })

    it('refuses past the limit, for every instance, and lets through again after the window', async () => {
      const first = limiter()
      // In memory each instance counts for itself; the shared stores stand in for two instances.
      const second = store.name === 'memory' ? first : limiter()
      await ready(first)
      await ready(second)
      expect(await outcome(first, '10.0.0.1')).toBe('allowed')
      expect(await outcome(second, '10.0.0.1')).toBe('allowed')
      expect(await outcome(first, '10.0.0.1')).toBe('allowed')
      // Shared stores: the fourth is refused whichever instance counts it.
      const fourth = second
      expect(await outcome(fourth, '10.0.0.1')).toBe('refused')
      expect(await outcome(first, '10.0.0.2')).toBe('allowed')
      await sleep(1_100)
      expect(await outcome(fourth, '10.0.0.1')).toBe('allowed')
    })
  })
}

describe('API routes answer 429 with Retry-After and a Dutch message, and reset', () => {
  it('search: three per second per address', async () => {
    process.env.RATE_LIMIT_SEARCH = '3/2'
    const handler = limitRequests(async () => Response.json({ ok: true }))
    const ask = (address: string) =>
      handler(new Request('http://localhost/api/search?q=x', { headers: { 'X-Forwarded-For': address } }), {
        params: Promise.resolve({ slug: [] }),
      })
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
    for (let i = 0; i < 3; i++) expect((await ask(address)).status).toBe(200)
    const refused = await ask(address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await refused.json()).errors[0].message).toMatch(/te vaak gedaan.*Probeer het over \d+ seconden opnieuw/)
    // Another address is not affected; a path without a limit neither.
    expect((await ask('10.8.0.1')).status).toBe(200)
    await sleep(Number(refused.headers.get('retry-after')) * 1000 + 100)
    expect((await ask(address)).status).toBe(200)
  })
})
