import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { withSavepoint } from '../../db/savepoint'
import { DEPENDENTS, type SearchableCollection, type SearchableGlobal } from '../records'
import * as searchIndex from '../indexOwner'
import { recordChange } from './changeFeed'
import { queueRetry } from './job'
import { collectionTarget, globalTarget } from './target'

/** How long an editor's save waits for the engine before the retry job takes over. */
const SYNC_BUDGET_MS = 3_000

/** The seed writes hundreds of documents and rebuilds once at its end (reindexEverywhere). */
const skip = (req: PayloadRequest) => Boolean(req.context?.seeding || req.context?.skipSearchSync)

function withinBudget(work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`zoekindex antwoordde niet binnen ${SYNC_BUDGET_MS} ms`)), SYNC_BUDGET_MS)
  })
  // Late completion is fine; a late failure is already covered by the queued retry.
  work.catch(() => undefined)
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Updates the index for one edit. Never throws: a failing engine must not block or undo the save.
 * The failure is logged and a retry job is queued; with the embedded engine the change log also
 * carries the change to every other instance.
 */
export async function indexChange(req: PayloadRequest, target: string, cascade = false): Promise<void> {
  const { payload } = req
  if (searchIndex.provider(payload).kind === 'embedded') {
    try {
      // Savepoints (src/db/savepoint.ts): a failure here must not undo the editor's save.
      await withSavepoint(req, () => recordChange(req, target))
    } catch (error) {
      payload.logger.error({ err: error, target }, 'search: could not log the change for other instances')
    }
  }
  try {
    await withinBudget(searchIndex.applyChange(payload, target, { req, cascade }))
  } catch (error) {
    payload.logger.error({ err: error, target }, 'search: index update failed; a retry job is queued')
    try {
      await withSavepoint(req, () => queueRetry(req, target))
    } catch (queueError) {
      payload.logger.error({ err: queueError, target }, 'search: could not queue the retry; run npm run search:reindex')
    }
  }
}

export const afterChangeHook =
  (collection: SearchableCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (skip(req)) return doc
    // A renamed or (un)published region changes what other records show.
    const cascade =
      collection in DEPENDENTS &&
      (previousDoc?.title !== doc.title || previousDoc?.slug !== doc.slug || previousDoc?._status !== doc._status)
    await indexChange(req, collectionTarget(collection, doc.id), cascade)
    return doc
  }

export const afterDeleteHook =
  (collection: SearchableCollection): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    if (skip(req)) return
    await indexChange(req, collectionTarget(collection, id), collection in DEPENDENTS)
  }

export const globalAfterChangeHook =
  (global: SearchableGlobal): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    if (skip(req)) return doc
    await indexChange(req, globalTarget(global))
    return doc
  }
