import type { Payload } from 'payload'

import * as searchIndex from '../indexOwner'
import { requestFullRebuild } from './changeFeed'
import type { ReindexProgress, ReindexResult } from './reindex'

/**
 * Rebuilds this instance's index and, with the embedded engine, asks every other running instance
 * to rebuild too (through the change log). What to call after the seed or a bulk import.
 */
export async function reindexEverywhere(
  payload: Payload,
  options: { onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<ReindexResult> {
  const result = await searchIndex.rebuild(payload, options)
  if (searchIndex.provider(payload).kind === 'embedded') await requestFullRebuild(payload)
  return result
}
