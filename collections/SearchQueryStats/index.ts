import type { CollectionConfig } from 'payload'

import { access } from './access'

/**
 * What visitors search for, counted per normalised query and day, so editors see which content or
 * synonyms are missing. No personal data: no IP address, no user, no session, no time of day;
 * only the query as the index reads it. Written by the server alone (src/search/record-search.ts),
 * bounded in length and in rows; editors read it, nobody edits it.
 */
export const SearchQueryStats: CollectionConfig = {
  slug: 'search-query-stats',
  labels: { singular: 'Zoekvraag (statistiek)', plural: 'Zoekstatistiek' },
  admin: {
    group: 'Zoeken',
    useAsTitle: 'query',
    defaultColumns: ['query', 'day', 'searches', 'noResults', 'clicks'],
    description:
      'Zoekvragen per dag, zonder persoonsgegevens. Veel zoekopdrachten zonder resultaat of zonder klik? Vul een begrip, "Ook gezocht als" of een aanbevolen resultaat aan.',
  },
  defaultSort: '-noResults',
  graphQL: false,
  access,
  fields: [
    {
      name: 'query',
      label: 'Zoekvraag',
      type: 'text',
      required: true,
      maxLength: 100,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'day', label: 'Dag', type: 'text', required: true, maxLength: 10, index: true, admin: { readOnly: true } },
    {
      name: 'searches',
      label: 'Zoekopdrachten',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      admin: { readOnly: true },
    },
    {
      name: 'noResults',
      label: 'Zonder resultaat',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      admin: { readOnly: true },
    },
    {
      name: 'clicks',
      label: 'Kliks op een resultaat',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      admin: { readOnly: true },
    },
  ],
  indexes: [{ fields: ['query', 'day'], unique: true }],
  timestamps: true,
}
