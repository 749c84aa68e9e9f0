import type { Payload } from 'payload'

import { AlgoliaSearchProvider, algoliaOptionsFromEnv } from './engines/algolia'
import { EmbeddedSearchProvider } from './engines/embedded'
import { type ApplyOptions, writeChange } from './sync/apply'
import { type ReindexProgress, type ReindexResult, buildIndex } from './sync/reindex'
import { parseTarget } from './sync/target'
import type { SearchProvider } from './types'

/**
 * The one owner of a Payload instance's search index: which engine answers, whether its index is
 * built, the running build, and where the instance stands in the change log. Every other file asks
 * through the functions below; none writes this state itself.
 *
 * The embedded index lives in this process's memory, so it belongs to the instance; tests boot
 * several instances side by side and each gets its own.
 */
type IndexState = {
  provider: SearchProvider
  /** cold: never built; building: a full build runs; ready: the index answers. */
  status: 'cold' | 'building' | 'ready'
  /** The running or finished full build (single flight). */
  build: Promise<ReindexResult> | null
  /** Changes seen while a build ran; applied again once the new index is in place. */
  changedDuringBuild: Set<string>
  /** Set while the change feed polls, so it can be stopped. */
  stopFeed: (() => void) | null
  feed: FeedState
  /** Goes up whenever what the index answers may have changed (a build, a change, another engine). */
  version: number
}

/** Where one instance stands in the change log: read from `since`, rows in `seen` already applied. */
type FeedState = { since: number; seen: Map<string, number>; lastPrune: number }

const states = new WeakMap<Payload, IndexState>()

/** Algolia when its keys are set, otherwise the embedded engine: no account, no network. */
export function createProviderFromEnv(env: Record<string, string | undefined> = process.env): SearchProvider {
  const algolia = algoliaOptionsFromEnv(env)
  return algolia ? new AlgoliaSearchProvider(algolia) : new EmbeddedSearchProvider()
}

function freshState(provider: SearchProvider, feed: FeedState, version = 0): IndexState {
  return {
    version,
    provider,
    // Algolia keeps its index between restarts; only the embedded one starts empty.
    status: provider.kind === 'algolia' ? 'ready' : 'cold',
    build: null,
    changedDuringBuild: new Set(),
    stopFeed: null,
    feed,
  }
}

function stateOf(payload: Payload): IndexState {
  let state = states.get(payload)
  if (!state) {
    state = freshState(createProviderFromEnv(), { since: Date.now(), seen: new Map(), lastPrune: 0 })
    states.set(payload, state)
  }
  return state
}

/** The engine behind this instance. */
export function provider(payload: Payload): SearchProvider {
  return stateOf(payload).provider
}

/** Puts a specific engine behind this instance (the reindex CLI, tests against a local Algolia). */
export function useProvider(payload: Payload, next: SearchProvider): void {
  const state = stateOf(payload)
  state.stopFeed?.()
  Object.assign(state, freshState(next, state.feed, state.version + 1))
}

/**
 * A number that changes whenever this instance's index may answer differently: answers kept for a
 * query (src/search/recentAnswers.ts) hold only while it stays the same.
 */
export function version(payload: Payload): number {
  return stateOf(payload).version
}

/**
 * Rebuilds the whole index from the database: what `npm run search:reindex` runs, what the seed
 * calls once at its end, and how an embedded index comes back after a restart. One build at a
 * time per instance; a second call while one runs waits for that one.
 */
export function rebuild(
  payload: Payload,
  options: { onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<ReindexResult> {
  const state = stateOf(payload)
  if (state.status === 'building' && state.build) return state.build
  state.status = 'building'
  state.changedDuringBuild.clear()
  // Rows logged before this moment are in what the build reads.
  state.feed.since = Date.now()
  const build = buildIndex(payload, state.provider, options.onProgress).then(
    async (result) => {
      state.status = 'ready'
      state.version++
      // Edits saved while the build read the database may be missing from what it read.
      const changed = [...state.changedDuringBuild]
      state.changedDuringBuild.clear()
      for (const objectID of changed) {
        try {
          await applyChange(payload, objectID)
        } catch (error) {
          // The change log or the retry job brings it in later; the new index is in place.
          payload.logger.warn({ err: error, target: objectID }, 'search: re-applying a change after the rebuild failed')
        }
      }
      return result
    },
    (error) => {
      state.status = state.provider.kind === 'algolia' ? 'ready' : 'cold'
      state.build = null
      throw error
    },
  )
  state.build = build
  return build
}

/** Waits until this instance can answer searches, building the embedded index on first use. */
export async function ready(payload: Payload): Promise<void> {
  const state = stateOf(payload)
  if (state.status === 'ready') return
  if (state.status === 'building' && state.build) {
    await state.build
    return
  }
  await rebuild(payload)
}

/**
 * Brings the index in line with the database for one document (see writeChange). Idempotent and
 * order-free, so hooks, retries and the change feed can all call it. A change seen during a build
 * is applied again once the build is in place.
 */
export async function applyChange(payload: Payload, objectID: string, options: ApplyOptions = {}): Promise<void> {
  const target = parseTarget(objectID)
  if (!target || target.kind === 'all') return
  const state = stateOf(payload)
  // An embedded index that was never built has nothing to update: its first build reads it all.
  if (state.status === 'cold') return
  if (state.status === 'building') state.changedDuringBuild.add(objectID)
  const dependents = await writeChange(payload, state.provider, target, options)
  state.version++
  for (const dependent of dependents) await applyChange(payload, dependent, { req: options.req })
}

/** Where the change feed reads from, and whether a row was applied already. */
export function feedPosition(payload: Payload): { since: number; seen: (rowId: string) => boolean } {
  const { feed } = stateOf(payload)
  return { since: feed.since, seen: (rowId) => feed.seen.has(rowId) }
}

/** Rows this instance applied itself (its own edits) or in a poll; not applied again. */
export function markSeen(payload: Payload, rowIds: string[], at = Date.now()): void {
  const { feed } = stateOf(payload)
  for (const rowId of rowIds) feed.seen.set(rowId, at)
}

/**
 * A poll that started at `startedAt` is done: the next one reads from there, and rows seen longer
 * than `forgetAfterMs` before it fall outside every later window. True when the log is due for
 * pruning (once per `pruneEveryMs`).
 */
export function feedAdvanced(
  payload: Payload,
  startedAt: number,
  { forgetAfterMs, pruneEveryMs }: { forgetAfterMs: number; pruneEveryMs: number },
): boolean {
  const { feed } = stateOf(payload)
  feed.since = startedAt
  for (const [rowId, seenAt] of feed.seen) if (seenAt < startedAt - forgetAfterMs) feed.seen.delete(rowId)
  if (startedAt - feed.lastPrune <= pruneEveryMs) return false
  feed.lastPrune = startedAt
  return true
}

/**
 * Calls `poll` every `intervalMs` while the index is ready, one poll at a time, until stopped;
 * starting again stops the previous feed. Errors are logged, the next poll retries.
 */
export function followFeed(payload: Payload, intervalMs: number, poll: (payload: Payload) => Promise<unknown>): () => void {
  const state = stateOf(payload)
  state.stopFeed?.()
  let running = false
  const timer = setInterval(async () => {
    if (running || stateOf(payload).status !== 'ready') return
    running = true
    try {
      await poll(payload)
    } catch (error) {
      payload.logger.warn({ err: error }, 'search: reading the change log failed; trying again at the next poll')
    } finally {
      running = false
    }
  }, intervalMs)
  // A poll must never keep a CLI script or a test process alive.
  timer.unref()
  state.stopFeed = () => clearInterval(timer)
  return state.stopFeed
}
