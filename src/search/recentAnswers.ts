/**
 * Answers this instance gave recently, by query. Search traffic repeats itself (as-you-type
 * prefixes, the same popular questions), and an answer costs the engine run, the highlighting
 * and the facet counts; kept here it costs a map lookup. Concurrent identical queries share one
 * run.
 *
 * An answer holds only while its `stamp` (the index version and whatever else it was made from)
 * is unchanged and for at most `lifetimeMs`; edits on another instance reach this one's index
 * through the change log, which changes the stamp too. Bounded in entries, the oldest dropped
 * first, so no stream of distinct queries can grow it.
 */
export type RecentAnswers<T> = {
  get(key: string, stamp: string, compute: () => Promise<T>, now?: number): Promise<T>
  readonly size: number
}

type Entry<T> = { stamp: string; at: number; value: Promise<T> }

export function recentAnswers<T>({ maxEntries, lifetimeMs }: { maxEntries: number; lifetimeMs: number }): RecentAnswers<T> {
  const entries = new Map<string, Entry<T>>()
  return {
    get(key, stamp, compute, now = Date.now()) {
      const hit = entries.get(key)
      if (hit && hit.stamp === stamp && now - hit.at < lifetimeMs) return hit.value
      if (hit) entries.delete(key)
      const entry: Entry<T> = { stamp, at: now, value: compute() }
      entries.set(key, entry)
      // A failed answer is not kept: the next request tries again.
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      // A Map keeps insertion order: the first key is the oldest entry.
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      return entry.value
    },
    get size() {
      return entries.size
    },
  }
}
