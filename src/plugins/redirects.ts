import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Plugin } from 'payload'

import { redirectsOverrides } from '../../collections/Redirects'
import { REDIRECTED_COLLECTIONS } from '../redirects/paths'
import { redirectOldSlug, rememberPublishedSlug } from '../redirects/slugChange'
import { appendCollectionHooks, labelHook, mapCollections } from './kit'

/**
 * Redirects: the collection of @payloadcms/plugin-redirects (configured in collections/Redirects),
 * and on every collection with pages of its own the hooks that write a redirect when a published
 * document's slug changes (src/redirects/slugChange.ts). The site follows them where a page is not
 * found (src/redirects/findRedirect.ts). Before revalidateContentPlugin, so a new redirect drops
 * the cached 404 of its old address.
 */
export const portalRedirectsPlugin: Plugin = (config) => {
  const withCollection = redirectsPlugin({ collections: [...REDIRECTED_COLLECTIONS], overrides: redirectsOverrides })(config)
  return {
    ...withCollection,
    collections: mapCollections(
      withCollection,
      (collection) =>
        appendCollectionHooks(collection, {
          beforeChange: [labelHook('doorverwijzing: slug onthouden', rememberPublishedSlug)],
          afterChange: [labelHook('doorverwijzing: oude slug', redirectOldSlug)],
        }),
      REDIRECTED_COLLECTIONS,
    ),
  }
}
