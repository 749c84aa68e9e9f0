import { Feed } from 'feed'
import type { Payload } from 'payload'

import type { SearchParams } from '../lib/finder'
import { siteUrl } from '../lib/seo'
import { feedPath } from '../lib/urls'
import {
  describeFilters,
  filtersFromParams,
  filtersToQuery,
  loadVacancyData,
  selectVacancies,
} from '../vacancies/finder'
import { salaryRangeText } from '../vacancies/salaryScales'

/** Bounded so an anonymous request cannot ask for an unbounded document. */
const MAX_ENTRIES = 100

/**
 * The Atom feed of one /vacatures view: the same filters as the page (same URL parameters), so
 * "vacatures in Rivierenland" is one URL; newest first; open vacancies only, as a visitor sees them.
 */
export async function buildVacancyFeed(payload: Payload, params: SearchParams, now = new Date()): Promise<string> {
  const { vacancies, taxonomies } = await loadVacancyData(payload, now)
  const filters = filtersFromParams(params)
  const items = selectVacancies(vacancies, taxonomies, filters, 'nieuwste').slice(0, MAX_ENTRIES)
  const base = siteUrl()
  const query = filtersToQuery(filters)
  const page = `${base}/vacatures${query ? `?${query}` : ''}`
  const feed = new Feed({
    title: `${describeFilters(filters, taxonomies, vacancies)} – Kennisportaal Jeugdbescherming Gelderland`,
    description: 'Open vacatures bij de Gelderse partners in de jeugdbescherming.',
    id: page,
    link: page,
    language: 'nl',
    copyright: 'Partners Gelderse Verbeteragenda Jeugdbescherming',
    updated: items.length ? new Date(Math.max(...items.map((v) => new Date(v.updatedAt).getTime()))) : new Date(0),
    feedLinks: { atom: `${base}${feedPath('vacatures', query)}` },
    author: { name: 'Kennisportaal Jeugdbescherming Gelderland', link: base },
  })
  for (const vacancy of items) {
    const organisation = taxonomies.organisationById.get(String(vacancy.organisation))?.title
    const salary = salaryRangeText(vacancy.caoScale)
    feed.addItem({
      title: organisation ? `${vacancy.title} (${organisation})` : vacancy.title,
      id: `${base}/vacatures/${vacancy.slug}`,
      link: `${base}/vacatures/${vacancy.slug}`,
      description: [vacancy.summary, `${vacancy.caoScale}${salary ? `: ${salary}` : ''}.`].filter(Boolean).join(' '),
      date: new Date(vacancy.updatedAt),
      published: new Date(vacancy.postedAt),
    })
  }
  return feed.atom1()
}

export const ATOM_HEADERS = {
  'Content-Type': 'application/atom+xml; charset=utf-8',
  'Cache-Control': 'public, max-age=300',
}
