import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Plugin } from 'payload'

import { expirePlaces, expirePublicPages } from '../lib/cache'
import { appendCollectionHooks, appendGlobalHooks, labelHook, mapCollections } from './kit'

/**
 * An expiry run now and once more a moment later: the second covers a page that was being rendered
 * from the old data while the change was still being committed (it would otherwise be stored as new).
 */
function twice(expire: () => void): () => void {
  return () => {
    expire()
    setTimeout(expire, 1_000).unref?.()
  }
}

/** The afterChange and afterDelete hooks that run `drop`, under one label in the hook table. */
function dropHooks(label: string, drop: () => void) {
  const afterChange: CollectionAfterChangeHook = labelHook(label, ({ doc }) => {
    drop()
    return doc
  })
  const afterDelete: CollectionAfterDeleteHook = labelHook(label, ({ doc }) => {
    drop()
    return doc
  })
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

/**
 * Every cached page and read: publish, unpublish, delete and a scheduled publish (which runs in the
 * job queue, outside any request) all pass through afterChange/afterDelete.
 */
const dropCachedContent = twice(expirePublicPages)
const LABEL = 'paginacache: legen'
const contentHooks = dropHooks(LABEL, dropCachedContent)
const afterGlobalChange: GlobalAfterChangeHook = labelHook(LABEL, ({ doc }) => {
  dropCachedContent()
  return doc
})

/**
 * A registration changes the places left, which only the pages that show sessions show. (A public
 * registration skips Payload's hooks and expires them itself: src/registrations/register.ts.)
 */
const placesHooks = dropHooks('paginacache: plaatsen', twice(expirePlaces))

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
      return appendCollectionHooks(collection, placesHooks)
    return appendCollectionHooks(collection, contentHooks)
  }),
  globals: (config.globals ?? []).map((global) => appendGlobalHooks(global, { afterChange: [afterGlobalChange] })),
})
