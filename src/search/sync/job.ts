import type { PayloadRequest, TaskConfig } from 'payload'

import * as searchIndex from '../indexOwner'
import { ALL } from './target'

export const SEARCH_SYNC_TASK = 'searchSync'
/** A queue of its own, so a backlog of index retries never delays other jobs (mail). */
export const SEARCH_QUEUE = 'search'

type SearchSyncIO = { input: { target: string }; output: object }

/** Retries an index update that failed during an edit; the edit itself was saved regardless. */
export const searchSyncTask: TaskConfig<SearchSyncIO> = {
  slug: SEARCH_SYNC_TASK,
  label: 'Zoekindex bijwerken',
  inputSchema: [{ name: 'target', type: 'text', required: true }],
  // 10 s, 20 s, 40 s … about 40 minutes in all: long enough for an engine outage to pass.
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    if (input.target === ALL) await searchIndex.rebuild(req.payload)
    else await searchIndex.applyChange(req.payload, input.target, { cascade: true })
    return { output: {} }
  },
}

/** Queues a retry inside the editor's transaction, so it exists exactly when the edit does. */
export async function queueRetry(req: PayloadRequest, target: string): Promise<void> {
  await req.payload.jobs.queue({
    task: SEARCH_SYNC_TASK,
    input: { target },
    queue: SEARCH_QUEUE,
    req,
  })
}
