import crypto from 'node:crypto'

import { z } from 'zod'

import type { Vacancy } from '../../payload-types'
import {
  describeFilters,
  filtersToQuery,
  HOURS,
  KINDS,
  VACANCY_FACET_PARAMS,
  type VacancyFilters,
  type VacancyTaxonomies,
} from '../vacancies/finder'
import { slugify } from '../fields/slug'
import { AlertError, MESSAGES } from './errors'

const value = z.string().trim().min(1).max(120)
const values = z.union([value, z.array(value).max(20)]).optional()

/** The filters of a finder view as a visitor sends them (the finder's URL parameters). */
export const filterInput = z
  .object({
    regio: values,
    organisatie: values,
    functie: values,
    uren: values,
    soort: values,
    q: z.string().trim().max(100).optional(),
  })
  .strict()

export type FilterInput = z.infer<typeof filterInput>

export type NormalisedFilters = { filters: VacancyFilters; key: string; title: string; query: string }

const list = (input: string | string[] | undefined) =>
  [...new Set((Array.isArray(input) ? input : input ? [input] : []).map((v) => v.trim()))].sort()

/**
 * Checks every value against what exists now and puts the filters in one canonical form (sorted,
 * no duplicates, keyword lower-cased and single-spaced), so the same view always gives the same
 * subscriber list. An unknown value is refused: a list that can never match helps nobody.
 */
export function normaliseFilters(
  input: FilterInput,
  taxonomies: VacancyTaxonomies,
  vacancies: Vacancy[],
): NormalisedFilters {
  const known: Record<(typeof VACANCY_FACET_PARAMS)[number], Set<string>> = {
    regio: new Set(taxonomies.regions.map((r) => r.slug).filter((s): s is string => Boolean(s))),
    organisatie: new Set(taxonomies.organisations.map((o) => o.slug).filter((s): s is string => Boolean(s))),
    functie: new Set(vacancies.map((v) => slugify(v.function))),
    uren: new Set(HOURS.map((h) => h.value)),
    soort: new Set(KINDS.map((k) => k.value)),
  }
  const filters = {} as VacancyFilters
  const errors: { field: string; message: string }[] = []
  for (const param of VACANCY_FACET_PARAMS) {
    filters[param] = list(input[param])
    if (filters[param].some((v) => !known[param].has(v))) errors.push({ field: param, message: MESSAGES.unknownFilter })
  }
  if (errors.length) throw new AlertError('unknown-filter', MESSAGES.unknownFilter, errors)
  const q = input.q?.toLowerCase().replace(/\s+/g, ' ').trim()
  if (q) filters.q = q
  const query = filtersToQuery(filters)
  return {
    filters,
    query,
    key: crypto.createHash('sha256').update(`vacatures?${query}`, 'utf8').digest('hex'),
    title: describeFilters(filters, taxonomies, vacancies),
  }
}
