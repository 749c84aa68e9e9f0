import type { CollectionSlug, Config, GlobalSlug } from 'payload'

import { COLLECTION_PATHS, previewPath } from './urls'

/**
 * Every content type with a page of its own (src/lib/urls.ts), plus local agreements, which are a
 * section of their region's page: each gets the admin's live preview.
 */
export const LIVE_PREVIEW_COLLECTIONS = [...(Object.keys(COLLECTION_PATHS) as CollectionSlug[]), 'local-agreements'] as CollectionSlug[]

/** Globals with a public page of their own (the preview route knows their paths). */
export const LIVE_PREVIEW_GLOBALS: GlobalSlug[] = ['vision', 'escalation-model']

export const isLivePreviewCollection = (slug: string): slug is CollectionSlug =>
  (LIVE_PREVIEW_COLLECTIONS as string[]).includes(slug)

/**
 * The admin's live preview: an iframe on the same origin (the CSP allows frame-ancestors 'self')
 * that opens the preview route; that route lets only editors who may read the draft in.
 */
export const livePreviewConfig: NonNullable<NonNullable<Config['admin']>['livePreview']> = {
  url: ({ data, collectionConfig, globalConfig }) => {
    const base = process.env.PUBLIC_URL ?? ''
    if (globalConfig) return `${base}${previewPath({ global: globalConfig.slug })}`
    const slug = typeof data?.slug === 'string' ? data.slug : ''
    // A document that was never saved has no page yet: no preview.
    if (!collectionConfig || !slug) return null
    return `${base}${previewPath({ collection: collectionConfig.slug, slug })}`
  },
  collections: LIVE_PREVIEW_COLLECTIONS,
  globals: LIVE_PREVIEW_GLOBALS,
}
