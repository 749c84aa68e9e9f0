import type { CollectionConfig, Config, GlobalConfig, Payload } from 'payload'

import { addJobs, appendCollectionHooks, appendGlobalHooks, chainOnInit, labelHook } from '../plugins/kit'
import { SearchBestBets } from '../../collections/SearchBestBets'
import { SearchQueryStats } from '../../collections/SearchQueryStats'
import { isSearchableCollection, isSearchableGlobal } from './records'
import { searchClickEndpoint } from './endpoint'
import * as searchIndex from './indexOwner'
import { startChangeFeed } from './sync/changeFeed'
import { SearchChanges } from '../../collections/SearchChanges'
import { afterChangeHook, afterDeleteHook, globalAfterChangeHook } from './sync/hooks'
import { SEARCH_QUEUE, searchSyncTask } from './sync/job'

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
  return appendCollectionHooks(collection, {
    afterChange: [labelHook('zoekindex: bijwerken', afterChangeHook(collection.slug))],
    afterDelete: [labelHook('zoekindex: verwijderen', afterDeleteHook(collection.slug))],
  })
}

function withGlobalHooks(global: GlobalConfig): GlobalConfig {
  if (!isSearchableGlobal(global.slug)) return global
  return appendGlobalHooks(global, { afterChange: [labelHook('zoekindex: bijwerken', globalAfterChangeHook(global.slug))] })
}

function startBackground(payload: Payload, refreshSeconds: number): void {
  if (searchIndex.provider(payload).kind !== 'embedded') return
  searchIndex
    .ready(payload)
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
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withCollectionHooks),
        SearchBestBets,
        SearchQueryStats,
        SearchChanges,
      ],
      globals: (config.globals ?? []).map(withGlobalHooks),
      endpoints: [...(config.endpoints ?? []), searchClickEndpoint],
      // The retry queue runs every minute where the queues run (JOBS_AUTORUN=false: not here).
      jobs: addJobs(config, { tasks: [searchSyncTask], runners: [{ cron: '* * * * *', queue: SEARCH_QUEUE, limit: 20 }] }),
      onInit: chainOnInit(config, (payload) => {
        if (background) startBackground(payload, refreshSeconds)
      }),
    }
  }
}
