import type { Payload, PayloadRequest } from 'payload'

import { SEARCH_CHANGES } from '../../../collections/SearchChanges'
import * as searchIndex from '../indexOwner'
import { ALL } from './target'

const collection = SEARCH_CHANGES

/**
 * Rows are read again for this long after they were first possible: covers clocks that differ
 * between instances and transactions that commit after a later row was already visible.
 */
const OVERLAP_MS = 2 * 60_000
/** Rows older than this are no use to anyone: an instance that missed them rebuilt since. */
const RETENTION_MS = 24 * 60 * 60_000
/** More rows than this in one window is a bulk change: a full rebuild is cheaper. */
const MAX_BATCH = 500

const tableChecks = new WeakMap<Payload, Promise<boolean>>()

/**
 * Whether the change log's table exists, checked once per instance outside any transaction. On
 * PostgreSQL a failed statement aborts the whole transaction, so an insert into a missing table
 * (a database not yet migrated) would cost the editor their edit; better to skip the log.
 */
function changeLogReady(payload: Payload): Promise<boolean> {
  let check = tableChecks.get(payload)
  if (!check) {
    check = payload
      .count({ collection, overrideAccess: true })
      .then(() => true)
      .catch((error) => {
        payload.logger.error(
          { err: error },
          'search: the search-changes table is missing (run the migrations); other instances will not see edits',
        )
        return false
      })
    tableChecks.set(payload, check)
  }
  return check
}

/** Writes the change in the editor's transaction: it is logged exactly when the edit is saved. */
export async function recordChange(req: PayloadRequest, target: string): Promise<void> {
  if (!(await changeLogReady(req.payload))) return
  const entry = await req.payload.create({
    collection,
    data: { target },
    overrideAccess: true,
    req,
    context: { skipSearchSync: true },
  })
  // This instance applies the change itself; replaying its own row would only repeat the work.
  searchIndex.markSeen(req.payload, [String(entry.id)])
}

/**
 * Applies the changes other instances logged since the last call. Returns how many were applied.
 * Safe to call at any time and from several places: applying a change twice is harmless.
 */
export async function pullChanges(payload: Payload): Promise<number> {
  const feed = searchIndex.feedPosition(payload)
  const startedAt = Date.now()
  const from = new Date(feed.since - OVERLAP_MS).toISOString()
  const { docs } = await payload.find({
    collection,
    where: { createdAt: { greater_than_equal: from } },
    sort: 'createdAt',
    limit: MAX_BATCH + 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const fresh = docs.filter((row) => !feed.seen(String(row.id)))
  let applied = 0
  if (fresh.length > MAX_BATCH || fresh.some((row) => row.target === ALL)) {
    await searchIndex.rebuild(payload)
    applied = fresh.length
  } else {
    for (const row of fresh) {
      await searchIndex.applyChange(payload, row.target, { cascade: true })
      applied++
      searchIndex.markSeen(payload, [String(row.id)], startedAt)
    }
  }
  searchIndex.markSeen(payload, fresh.map((row) => String(row.id)), startedAt)
  if (searchIndex.feedAdvanced(payload, startedAt, { forgetAfterMs: 2 * OVERLAP_MS, pruneEveryMs: 60 * 60_000 })) {
    await payload.delete({
      collection,
      where: { createdAt: { less_than: new Date(startedAt - RETENTION_MS).toISOString() } },
      overrideAccess: true,
    })
  }
  return applied
}

/** Asks every instance for a full rebuild (after `npm run search:reindex` or a bulk import). */
export async function requestFullRebuild(payload: Payload): Promise<void> {
  const entry = await payload.create({
    collection,
    data: { target: ALL },
    overrideAccess: true,
    context: { skipSearchSync: true },
  })
  // The caller has just rebuilt its own index.
  searchIndex.markSeen(payload, [String(entry.id)])
}

/** Polls the change log every `intervalMs` until stopped; errors are logged, the next poll retries. */
export function startChangeFeed(payload: Payload, intervalMs: number): () => void {
  return searchIndex.followFeed(payload, intervalMs, pullChanges)
}
