import { type RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible'

export type LimiterOptions = {
  /** Separates the counters of different limits in a shared store. */
  keyPrefix: string
  /** How many times something may happen within `durationSeconds`. */
  points: number
  durationSeconds: number
}

/**
 * The one place rate limiters are made. Today every instance counts in its own memory, which is
 * right for one instance. Several instances need a shared count: when REDIS_URL (or the database)
 * is to hold it, construct RateLimiterRedis / RateLimiterPostgres here with the same options;
 * rate-limiter-flexible gives them the same interface, so no caller changes.
 */
export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory({
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
  })
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
