import type { Payload } from 'payload'

import type { SearchParams } from '../lib/finder'
import { feedPath } from '../lib/urls'
import {
  describeFilters,
  filtersFromParams,
  filtersToQuery,
  loadVacancyData,
  selectVacancies,
} from '../vacancies/finder'
import { salaryRangeText } from '../vacancies/salaryScales'
import { MAX_FEED_ENTRIES, renderAtom } from './atom'

/**
 * The Atom feed of one /vacatures view: the same filters as the page (same URL parameters), so
 * "vacatures in Rivierenland" is one URL; newest first; open vacancies only, as a visitor sees them.
 */
export async function buildVacancyFeed(payload: Payload, params: SearchParams, now = new Date()): Promise<string> {
  const { vacancies, taxonomies } = await loadVacancyData(payload, now)
  const filters = filtersFromParams(params)
  const items = selectVacancies(vacancies, taxonomies, filters, 'nieuwste').slice(0, MAX_FEED_ENTRIES)
  const query = filtersToQuery(filters)
  return renderAtom({
    title: describeFilters(filters, taxonomies, vacancies),
    description: 'Open vacatures bij de Gelderse partners in de jeugdbescherming.',
    pagePath: `/vacatures${query ? `?${query}` : ''}`,
    feedPath: feedPath('vacatures', query),
    entries: items.map((vacancy) => {
      const organisation = taxonomies.organisationById.get(String(vacancy.organisation))?.title
      const salary = salaryRangeText(vacancy.caoScale)
      return {
        idPath: `/vacatures/${vacancy.slug}`,
        path: `/vacatures/${vacancy.slug}`,
        title: organisation ? `${vacancy.title} (${organisation})` : vacancy.title,
        summary: [vacancy.summary, `${vacancy.caoScale}${salary ? `: ${salary}` : ''}.`].filter(Boolean).join(' '),
        updated: new Date(vacancy.updatedAt),
        published: new Date(vacancy.postedAt),
      }
    }),
  })
}

