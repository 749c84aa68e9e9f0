// What the rest of the portal uses from search.
export { searchPlugin } from './plugin'
export * as searchIndex from './indexOwner'
export { reindexEverywhere } from './sync/reindexEverywhere'
export { runSearch } from './query'
export { API_PARAMS, PAGE_PARAMS, parseSearchParams, searchUrl } from './params'
export { requestFullRebuild } from './sync/changeFeed'
