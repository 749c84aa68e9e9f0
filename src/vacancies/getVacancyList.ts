import { listDocuments, loadTaxonomies } from '../lib/content'
import type { SearchParams } from '../lib/finder'
import { openVacancyWhere } from '../lib/vacancies'
import type { Viewer } from '../lib/viewer'
import { runVacancyFinder } from './finder'

/**
 * What /vacatures shows: the open vacancies as the viewer may see them (closed ones and those
 * past their closing day never), through the finder with the page's parameters.
 */
export async function getVacancyList(viewer: Viewer, params: SearchParams, now = new Date()) {
  const [vacancies, taxonomies] = await Promise.all([
    listDocuments(viewer, 'vacancies', { where: openVacancyWhere(now), sort: 'closingDate' }),
    loadTaxonomies(viewer),
  ])
  return { ...runVacancyFinder(vacancies, taxonomies, params), taxonomies }
}
