import type { Payload } from 'payload'

import { analyze } from './text/normalize'

/**
 * The form in which a query and an editor's best-bet phrase are compared: meaningful words,
 * folded and stemmed, in order. "Overdracht naar de GI?" and "overdracht GI" are the same.
 */
export const bestBetKey = (query: string): string =>
  analyze(query)
    .map((t) => t.term)
    .join(' ')

type Cache = { loadedAt: number; generation: number; byKey: Map<string, string[]> }

/** Other instances see an editor's change within this time; this instance at once. */
const MAX_AGE_MS = 60_000
const caches = new WeakMap<Payload, Cache>()
let generation = 0

/** Called by the collection's hooks: the next search reads the best bets again. */
export function forgetBestBets(): void {
  generation++
}

/** Changes with every edit of the best bets on this instance (answers kept for a query depend on it). */
export const bestBetsGeneration = (): number => generation

async function load(payload: Payload): Promise<Map<string, string[]>> {
  // Editors' configuration, read by the server itself: a visitor sees nothing of it but the
  // pinned page, and only when that page is published (it must be in the index).
  const { docs } = await payload.find({
    collection: 'search-best-bets',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 2_000,
    select: { queries: true, page: true },
  })
  const byKey = new Map<string, string[]>()
  for (const doc of docs) {
    const page = doc.page as { relationTo?: string; value?: unknown } | null | undefined
    if (!page?.relationTo || page.value === null || page.value === undefined) continue
    const value = typeof page.value === 'object' ? (page.value as { id?: unknown }).id : page.value
    const objectID = `${page.relationTo}:${String(value)}`
    for (const query of doc.queries ?? []) {
      const key = bestBetKey(query)
      if (!key) continue
      const ids = byKey.get(key) ?? []
      if (!ids.includes(objectID)) byKey.set(key, [...ids, objectID])
    }
  }
  return byKey
}

/** The objectIDs an editor pinned to this query, in the order they were entered. */
export async function bestBetsFor(payload: Payload, query: string): Promise<string[]> {
  const key = bestBetKey(query)
  if (!key) return []
  let cache = caches.get(payload)
  if (!cache || cache.generation !== generation || Date.now() - cache.loadedAt > MAX_AGE_MS) {
    cache = { loadedAt: Date.now(), generation, byKey: await load(payload) }
    caches.set(payload, cache)
  }
  return (cache.byKey.get(key) ?? []).slice(0, 3)
}
