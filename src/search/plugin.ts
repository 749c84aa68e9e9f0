import type { CollectionConfig, Config, GlobalConfig, Payload } from 'payload'

import { SearchBestBets } from '../../collections/SearchBestBets'
import { SearchQueryStats } from '../../collections/SearchQueryStats'
import { isSearchableCollection, isSearchableGlobal } from './records'
import { searchClickEndpoint, searchEndpoint } from './endpoint'
import { searchState } from './service'
import { startChangeFeed } from './sync/changeFeed'
import { SearchChanges } from '../../collections/SearchChanges'
import { afterChangeHook, afterDeleteHook, globalAfterChangeHook } from './sync/hooks'
import { SEARCH_QUEUE, searchSyncTask } from './sync/job'
import { ensureSearchIndex } from './sync/reindex'

export type SearchPluginOptions = {
  /**
   * Build the embedded index and follow the change log in the background from start-up. Off in
   * tests, scripts and `next build`, where the index is built on first use instead.
   */
  background?: boolean
  /** How often an instance reads the change log (embedded engine only). */
  refreshSeconds?: number
}

function backgroundDefault(): boolean {
  if (process.env.SEARCH_BACKGROUND) return process.env.SEARCH_BACKGROUND !== 'off'
  return process.env.NODE_ENV !== 'test' && process.env.NEXT_PHASE !== 'phase-production-build'
}

function withCollectionHooks(collection: CollectionConfig): CollectionConfig {
  if (!isSearchableCollection(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChangeHook(collection.slug)],
      afterDelete: [...(hooks.afterDelete ?? []), afterDeleteHook(collection.slug)],
    },
  }
}

function withGlobalHooks(global: GlobalConfig): GlobalConfig {
  if (!isSearchableGlobal(global.slug)) return global
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), globalAfterChangeHook(global.slug)] },
  }
}

function startBackground(payload: Payload, refreshSeconds: number): void {
  const state = searchState(payload)
  if (state.provider.kind !== 'embedded') return
  ensureSearchIndex(payload)
    .then(() => {
      if (refreshSeconds > 0) startChangeFeed(payload, refreshSeconds * 1000)
    })
    .catch((error) =>
      payload.logger.error(
        { err: error },
        'search: building the index at start-up failed; the first search tries again',
      ),
    )
}

/**
 * Search for the portal: index hooks on the searchable collections and globals, the retry task,
 * the change log, and GET /api/search. Appends to whatever other plugins configured.
 */
export function searchPlugin(options: SearchPluginOptions = {}) {
  return (config: Config): Config => {
    const background = options.background ?? backgroundDefault()
    const refreshSeconds = options.refreshSeconds ?? Number(process.env.SEARCH_REFRESH_SECONDS ?? 10)
    const jobs = config.jobs ?? {}
    const autoRun = jobs.autoRun
    const searchRunner = { cron: '* * * * *', queue: SEARCH_QUEUE, limit: 20 }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withCollectionHooks),
        SearchBestBets,
        SearchQueryStats,
        SearchChanges,
      ],
      globals: (config.globals ?? []).map(withGlobalHooks),
      endpoints: [...(config.endpoints ?? []), searchEndpoint, searchClickEndpoint],
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), searchSyncTask],
        // Runs only where Payload's crons are on (getPayload({ cron: true }) or `payload jobs:run`).
        autoRun:
          typeof autoRun === 'function'
            ? async (payload) => [...(await autoRun(payload)), searchRunner]
            : [...(autoRun ?? []), searchRunner],
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (background) startBackground(payload, refreshSeconds)
      },
    }
  }
}
