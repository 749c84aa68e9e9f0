import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Plugin } from 'payload'

import { expirePlaces, expirePublicPages } from '../lib/cache'
import { appendCollectionHooks, appendGlobalHooks, labelHook, mapCollections } from './kit'

/**
 * Drops every cached page and read: publish, unpublish, delete and a scheduled publish (which runs
 * in the job queue, outside any request) all pass through afterChange/afterDelete. A second drop
 * a moment later covers a page that was being rendered from the old data while the change was
 * still being committed (it would otherwise be stored as new).
 */
function dropCachedContent(): void {
  expirePublicPages()
  setTimeout(expirePublicPages, 1_000).unref?.()
}

const LABEL = 'paginacache: legen'

/** A registration changes the places left, which only the pages that show sessions show. */
function dropCachedPlaces(): void {
  expirePlaces()
  setTimeout(expirePlaces, 1_000).unref?.()
}

const PLACES_LABEL = 'paginacache: plaatsen'
const afterRegistrationChange: CollectionAfterChangeHook = labelHook(PLACES_LABEL, ({ doc }) => {
  dropCachedPlaces()
  return doc
})
const afterRegistrationDelete: CollectionAfterDeleteHook = labelHook(PLACES_LABEL, ({ doc }) => {
  dropCachedPlaces()
  return doc
})

const afterChange: CollectionAfterChangeHook = labelHook(LABEL, ({ doc }) => {
  dropCachedContent()
  return doc
})
const afterDelete: CollectionAfterDeleteHook = labelHook(LABEL, ({ doc }) => {
  dropCachedContent()
  return doc
})
const afterGlobalChange: GlobalAfterChangeHook = labelHook(LABEL, ({ doc }) => {
  dropCachedContent()
  return doc
})

/**
 * Collections whose changes never show on a public page: accounts, the audit trail, and the
 * portal's own bookkeeping (the e-mail alerts' lists, subscriptions, changes and deliveries). Some
 * are written on an anonymous request (feedback, a subscription to alerts): dropping every cached
 * page for each one would let anyone keep the cache empty. The search and mail plugins add their
 * collections (change log, query statistics, best bets, mail receipts) after this plugin runs, so
 * they never get the hook; they are named here so that reordering the plugins keeps it that way.
 */
const NOT_PUBLIC = new Set([
  'users',
  'audit-log',
  'feedback',
  'alert-changes',
  'alert-deliveries',
  'alert-lists',
  'alert-subscriptions',
  'mail-receipts',
  'search-changes',
  'search-query-stats',
  'search-best-bets',
])

/** Adds the cache drop to every collection and global, so no content type can forget it. */
export const revalidateContentPlugin: Plugin = (config) => ({
  ...config,
  collections: mapCollections(config, (collection) => {
    if (NOT_PUBLIC.has(collection.slug)) return collection
    // Anyone may register: a registration must not empty every cached page, only those with places.
    if (collection.slug === 'registrations')
      return appendCollectionHooks(collection, { afterChange: [afterRegistrationChange], afterDelete: [afterRegistrationDelete] })
    return appendCollectionHooks(collection, { afterChange: [afterChange], afterDelete: [afterDelete] })
  }),
  globals: (config.globals ?? []).map((global) => appendGlobalHooks(global, { afterChange: [afterGlobalChange] })),
})
