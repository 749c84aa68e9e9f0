import type { Payload } from 'payload'

/** Where one instance stands in the change log: read from `since`, rows in `seen` already applied. */
export type FeedState = { since: number; seen: Map<string, number>; lastPrune: number }

const feeds = new WeakMap<Payload, FeedState>()

export function feedState(payload: Payload): FeedState {
  let feed = feeds.get(payload)
  if (!feed) {
    feed = { since: Date.now(), seen: new Map(), lastPrune: 0 }
    feeds.set(payload, feed)
  }
  return feed
}

/** A full build starts: rows logged before this moment are in what the build reads. */
export function markBuildStart(payload: Payload, at = Date.now()): void {
  feedState(payload).since = at
}
