import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { forgetBestBets } from '../../src/search/best-bets'
import { access } from './access'
import type { SearchBestBet } from '../../payload-types'

/** Pages a best bet may point at: the searchable collections with a page of their own. */
export const BEST_BET_TARGETS = [
  'working-methods',
  'building-blocks',
  'pages',
  'regions',
  'local-agreements',
  'pilots',
  'trainings',
] as const

// Searches read best bets from memory; a change shows on the next search in this instance.
const forgetAfterChange: CollectionAfterChangeHook<SearchBestBet> = ({ doc }) => {
  forgetBestBets()
  return doc
}
const forgetAfterDelete: CollectionAfterDeleteHook<SearchBestBet> = ({ doc }) => {
  forgetBestBets()
  return doc
}

/**
 * Best bets: an editor pins a page to search queries or terms, so that page comes first, marked
 * "Aanbevolen". For the questions search alone does not get right, or a page that must be found.
 * Configuration for editors only: searches read it on the server and show nothing of it but the
 * (published) page itself.
 */
export const SearchBestBets: CollectionConfig = {
  slug: 'search-best-bets',
  labels: { singular: 'Aanbevolen zoekresultaat', plural: 'Aanbevolen zoekresultaten' },
  admin: {
    group: 'Zoeken',
    useAsTitle: 'label',
    defaultColumns: ['label', 'queries', 'page'],
    description:
      'Zet een pagina bovenaan bij bepaalde zoekvragen of begrippen. Hoofdletters, leestekens, accenten en woorden als "de", "hoe" of "ik" tellen niet mee.',
  },
  graphQL: false,
  access,
  hooks: { afterChange: [forgetAfterChange], afterDelete: [forgetAfterDelete] },
  fields: [
    { name: 'label', label: 'Omschrijving', type: 'text', required: true, maxLength: 120 },
    {
      name: 'queries',
      label: 'Zoekvragen en begrippen',
      type: 'text',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 30,
      maxLength: 120,
      admin: {
        description: 'Bijvoorbeeld "overdracht naar GI" of "ots beëindigen". De hele zoekvraag moet overeenkomen.',
      },
    },
    {
      name: 'page',
      label: 'Pagina',
      type: 'relationship',
      relationTo: [...BEST_BET_TARGETS],
      required: true,
      admin: { description: 'Alleen een gepubliceerde pagina wordt getoond.' },
    },
  ],
  timestamps: true,
}
