import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Plugin } from 'payload'

import { CONTENT_TAG } from '../lib/cache'

function dropCachedContent(): void {
  try {
    // expire: 0 — the next visitor gets the new version, not a stale one while it refreshes.
    revalidateTag(CONTENT_TAG, { expire: 0 })
  } catch {
    // Outside a Next server (seed or reindex scripts) there is no cache to drop.
  }
}

const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  dropCachedContent()
  return doc
}
const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  dropCachedContent()
  return doc
}
const afterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  dropCachedContent()
  return doc
}

/** Collections whose changes never show on a public page. */
const NOT_PUBLIC = new Set(['users', 'audit-log'])

/** Adds the cache drop to every collection and global, so no content type can forget it. */
export const revalidateContentPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    NOT_PUBLIC.has(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        },
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] },
  })),
})
