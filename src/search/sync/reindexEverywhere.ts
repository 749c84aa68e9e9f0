import type { Payload } from 'payload'

import { searchState } from '../service'
import { requestFullRebuild } from './changeFeed'
import { type ReindexProgress, type ReindexResult, reindexAll } from './reindex'

/**
 * Rebuilds this instance's index and, with the embedded engine, asks every other running instance
 * to rebuild too (through the change log). What to call after the seed or a bulk import.
 */
export async function reindexEverywhere(
  payload: Payload,
  options: { onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<ReindexResult> {
  const result = await reindexAll(payload, options)
  if (searchState(payload).provider.kind === 'embedded') await requestFullRebuild(payload)
  return result
}
