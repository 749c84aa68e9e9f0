import type { CollectionConfig } from 'payload'
import { access } from './access'

export const SEARCH_CHANGES = 'search-changes'

/**
 * The shared change log of the embedded engine. Each app instance holds its own in-memory index;
 * every edit writes one row here in the editor's transaction, and every instance replays the rows
 * it has not seen (see docs/adr/0001-search-engine.md). Internal: nobody reads it over the API.
 */
export const SearchChanges: CollectionConfig = {
  slug: SEARCH_CHANGES,
  labels: { singular: 'Zoekindexwijziging', plural: 'Zoekindexwijzigingen' },
  admin: { hidden: true },
  // Nothing outside the server reads it: no GraphQL types either.
  graphQL: false,
  access,
  fields: [
    {
      name: 'target',
      label: 'Wat veranderde',
      type: 'text',
      required: true,
      maxLength: 200,
    },
  ],
  timestamps: true,
  indexes: [{ fields: ['createdAt'] }],
}
