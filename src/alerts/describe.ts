import type { Payload } from 'payload'

import type { SearchParams } from '../lib/finder'
import { filtersFromParams, VACANCY_FACET_PARAMS } from '../vacancies/finder'
import { isAlertError } from './errors'
import { normaliseFilters } from './filters'
import { loadFilterVocabulary } from './load'

/** What the sign-up page shows: the name of the view the visitor is about to follow, or why it cannot be. */
export async function describeSignup(
  payload: Payload,
  params: SearchParams,
): Promise<{ title: string; hidden: [string, string][] } | { error: string }> {
  const filters = filtersFromParams(params)
  try {
    const { taxonomies, vacancies } = await loadFilterVocabulary(payload)
    const normalised = normaliseFilters(filters, taxonomies, vacancies)
    const hidden: [string, string][] = VACANCY_FACET_PARAMS.flatMap((param) =>
      normalised.filters[param].map((value): [string, string] => [param, value]),
    )
    if (normalised.filters.q) hidden.push(['q', normalised.filters.q])
    return { title: normalised.title, hidden }
  } catch (error) {
    if (isAlertError(error)) return { error: error.message }
    throw error
  }
}
