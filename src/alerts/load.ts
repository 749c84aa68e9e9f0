import type { Payload } from 'payload'

import type { Vacancy } from '../../payload-types'
import { taxonomiesOf, type VacancyTaxonomies } from '../vacancies/finder'

/** What filter values may be chosen: published regions and organisations, functions of published vacancies. */
export async function loadFilterVocabulary(
  payload: Payload,
): Promise<{ taxonomies: VacancyTaxonomies; vacancies: Vacancy[] }> {
  const visitor = { overrideAccess: false, user: null, draft: false, pagination: false, limit: 2000, depth: 0 } as const
  const [regions, organisations, vacancies] = await Promise.all([
    payload.find({ collection: 'regions', ...visitor }),
    payload.find({ collection: 'organisations', ...visitor }),
    payload.find({ collection: 'vacancies', ...visitor, select: { function: true, title: true, slug: true } }),
  ])
  return { taxonomies: taxonomiesOf(regions.docs, organisations.docs), vacancies: vacancies.docs as Vacancy[] }
}
