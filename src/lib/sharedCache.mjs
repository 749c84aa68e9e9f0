// The page and data cache that several instances share: Next's cache handler on Redis
// (@fortedigital/nextjs-cache-handler's redis-strings handler), used when REDIS_URL is set. Plain
// JavaScript: Next loads cache-handler.mjs (which uses this) outside its bundles, and the job
// worker uses it to expire pages from outside any request.
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter'
import { Redis } from 'ioredis'

/**
 * Where the shared cache lives, or null for the in-process cache of a single instance.
 * REDIS_KEY_PREFIX separates portals (or test runs) that share one Redis.
 * @param {Record<string, string | undefined>} env
 * @returns {{ url: string, keyPrefix: string } | null}
 */
export function sharedCacheSettings(env = process.env) {
  const url = env.REDIS_URL?.trim()
  if (!url) return null
  return { url, keyPrefix: `${env.REDIS_KEY_PREFIX?.trim() || 'portal'}:next:` }
}

/**
 * One Redis connection and handler per process and prefix. A Redis that is down makes every read
 * a miss (the page is rendered anew), never an error page: commands fail at once instead of
 * queueing, and the handler gives up on a slow answer after a second.
 * @param {{ url: string, keyPrefix: string }} settings
 * @returns {{ client: Redis, handler: ReturnType<typeof createRedisHandler> }}
 */
export function sharedCache(settings) {
  const holder = /** @type {{ __portalSharedCache?: Map<string, { client: Redis, handler: ReturnType<typeof createRedisHandler> }> }} */ (
    globalThis
  )
  holder.__portalSharedCache ??= new Map()
  const key = `${settings.url} ${settings.keyPrefix}`
  let entry = holder.__portalSharedCache.get(key)
  if (!entry) {
    const client = new Redis(settings.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectionName: 'portal-cache' })
    client.on('error', () => {
      // ioredis reconnects by itself; meanwhile every read is a miss.
    })
    const handler = createRedisHandler({ client: ioredisAdapter(client), keyPrefix: settings.keyPrefix, timeoutMs: 1000 })
    entry = { client, handler }
    holder.__portalSharedCache.set(key, entry)
  }
  return entry
}

/**
 * Expires tags in the shared cache directly. Inside a request Next's revalidateTag reaches the
 * cache handler by itself; a job (a scheduled publish in the worker) has no request, so it writes
 * here, and every instance renders those pages anew on its next request.
 * @param {string[]} tags
 * @param {Record<string, string | undefined>} [env]
 * @returns {Promise<boolean>} false when there is no shared cache
 */
export async function revalidateSharedTags(tags, env = process.env) {
  const settings = sharedCacheSettings(env)
  if (!settings) return false
  const { client, handler } = sharedCache(settings)
  if (client.status !== 'ready')
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis at ${settings.url} is not reachable`)), 5000)
      client.once('ready', () => {
        clearTimeout(timer)
        resolve(undefined)
      })
    })
  for (const tag of tags) await handler.revalidateTag(tag)
  return true
}
