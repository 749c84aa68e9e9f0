import type { Config, Plugin } from 'payload'

import { readabilityField } from '../fields/readability'
import { appendCollectionHooks, labelHook, mapCollections } from '../plugins/kit'
import { storeReadability } from './hook'
import { SCORED_COLLECTIONS } from './targets'

const FURTHEST_FROM_TARGET = '/src/components/readability/admin/FurthestFromTarget#FurthestFromTarget'

/**
 * The plain-language check (docs/adr/0006-readability.md), added to every content type in
 * src/readability/targets.ts: the `readability` field with its live panel in the sidebar, the
 * save hook that stores the score with each version, and the dashboard list of texts furthest
 * from their target.
 */
export const readabilityPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: mapCollections(
    config,
    (collection) => ({
      ...appendCollectionHooks(collection, { beforeChange: [labelHook('storeReadability', storeReadability)] }),
      fields: [...collection.fields, readabilityField()],
    }),
    SCORED_COLLECTIONS,
  ),
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), FURTHEST_FROM_TARGET],
    },
  },
})
