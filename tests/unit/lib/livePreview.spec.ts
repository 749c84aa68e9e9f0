import type { PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { isLivePreviewCollection, LIVE_PREVIEW_COLLECTIONS, livePreviewConfig } from '../../../src/lib/livePreview'
import { COLLECTION_PATHS, previewPath } from '../../../src/lib/urls'

type UrlArgs = Parameters<Extract<NonNullable<typeof livePreviewConfig.url>, (...args: never[]) => unknown>>[0]

const url = (args: Partial<UrlArgs>) => {
  const make = livePreviewConfig.url as (args: UrlArgs) => string | null
  return make({ data: {}, locale: { code: 'nl' } as UrlArgs['locale'], payload: {} as UrlArgs['payload'], req: {} as PayloadRequest, ...args })
}

describe('live preview', () => {
  it('covers every content type with a public page, and local agreements', () => {
    for (const collection of Object.keys(COLLECTION_PATHS)) expect(isLivePreviewCollection(collection)).toBe(true)
    expect(LIVE_PREVIEW_COLLECTIONS).toContain('local-agreements')
    expect(isLivePreviewCollection('users')).toBe(false)
  })

  it('opens the preview route for a saved document, and nothing for one without a slug', () => {
    const collectionConfig = { slug: 'working-methods' } as SanitizedCollectionConfig
    expect(url({ collectionConfig, data: { slug: 'samen plannen' } })).toBe('/preview?collection=working-methods&slug=samen%20plannen')
    expect(url({ collectionConfig, data: {} })).toBeNull()
    expect(url({ globalConfig: { slug: 'vision' } as SanitizedGlobalConfig })).toBe(previewPath({ global: 'vision' }))
  })
})
