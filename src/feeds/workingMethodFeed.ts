import type { Payload } from 'payload'

import { listDocuments, loadTaxonomies } from '../lib/content'
import { runFinder, type SearchParams } from '../lib/finder'
import { feedPath } from '../lib/urls'
import { workingMethodFacets } from '../working-methods/finder'
import { newsEntries, renderAtom } from './atom'

/**
 * Updates of the working methods in one /werkwijzen view (same URL parameters): a new working
 * method, and every change the editor marked for subscribers, with its change note.
 */
export async function buildWorkingMethodFeed(payload: Payload, params: SearchParams): Promise<string> {
  const viewer = { payload, user: null, draft: false }
  const [methods, taxonomies] = await Promise.all([
    listDocuments(viewer, 'working-methods', { sort: 'title' }),
    loadTaxonomies(viewer),
  ])
  const result = runFinder({
    docs: methods,
    facets: workingMethodFacets(taxonomies),
    searchParams: params,
    basePath: '/werkwijzen',
    perPage: methods.length || 1,
  })
  const query = result.query ?? ''
  const chosen = result.active.map((filter) => filter.valueLabel)
  return renderAtom({
    title: chosen.length ? `Werkwijzen, wijzigingen: ${chosen.join(', ')}` : 'Werkwijzen, wijzigingen',
    description: 'Nieuwe en gewijzigde werkwijzen van de Gelderse jeugdbescherming, met wat er veranderde.',
    pagePath: `/werkwijzen${query ? `?${query}` : ''}`,
    feedPath: feedPath('werkwijzen', query),
    entries: result.items.flatMap((method) => newsEntries(method, `/werkwijzen/${method.slug}`, 'Nieuwe werkwijze')),
  })
}
