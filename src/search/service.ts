import type { Payload } from 'payload'

import { AlgoliaSearchProvider, algoliaOptionsFromEnv } from './engines/algolia'
import { EmbeddedSearchProvider } from './engines/embedded'
import type { SearchProvider } from './types'

/**
 * Search state of one Payload instance. The embedded index lives in this process's memory, so it
 * belongs to the instance; tests boot several instances side by side and each gets its own.
 */
export type SearchState = {
  provider: SearchProvider
  /** cold: never built; building: a full build runs; ready: the index answers. */
  status: 'cold' | 'building' | 'ready'
  /** The running or finished full build (single flight). */
  build: Promise<unknown> | null
  /** Changes seen while a build ran; applied again once the new index is in place. */
  changedDuringBuild: Set<string>
  /** Set by the change feed while it runs, so it can be stopped. */
  stopFeed: (() => void) | null
}

const states = new WeakMap<Payload, SearchState>()

/** Algolia when its keys are set, otherwise the embedded engine: no account, no network. */
export function createProviderFromEnv(env: Record<string, string | undefined> = process.env): SearchProvider {
  const algolia = algoliaOptionsFromEnv(env)
  return algolia ? new AlgoliaSearchProvider(algolia) : new EmbeddedSearchProvider()
}

export function searchState(payload: Payload): SearchState {
  let state = states.get(payload)
  if (!state) {
    const provider = createProviderFromEnv()
    // Algolia keeps its index between restarts; only the embedded one starts empty.
    state = {
      provider,
      status: provider.kind === 'algolia' ? 'ready' : 'cold',
      build: null,
      changedDuringBuild: new Set(),
      stopFeed: null,
    }
    states.set(payload, state)
  }
  return state
}

/** Puts a specific engine behind this instance (the reindex CLI, tests against a local Algolia). */
export function useSearchProvider(payload: Payload, provider: SearchProvider): SearchState {
  const state = searchState(payload)
  state.stopFeed?.()
  Object.assign(state, {
    provider,
    status: provider.kind === 'algolia' ? 'ready' : 'cold',
    build: null,
    changedDuringBuild: new Set(),
    stopFeed: null,
  })
  return state
}
