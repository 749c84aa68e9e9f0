import type { Payload } from 'payload'

import type { Organisation, Region, Vacancy } from '../../payload-types'
import { labelIn } from '../constants/taxonomy'
import type { Taxonomies } from '../lib/content'
import { regionFacet } from '../lib/facets'
import {
  allParams,
  type FacetDefinition,
  type FinderResult,
  firstParam,
  idOf,
  runFinder,
  type SearchParams,
} from '../lib/finder'
import { openVacancyWhere } from '../lib/vacancies'
import { slugify } from '../fields/slug'
import { foldAccents } from '../search/text/normalize'

/**
 * The /vacatures finder as plain functions, so the page, the Atom feed and the e-mail alerts all
 * select vacancies the same way from the same URL parameters.
 */

export const HOURS = [
  { value: 'tot-24', label: 'Tot 24 uur', test: (min: number) => min < 24 },
  { value: '24-32', label: '24 tot 32 uur', test: (min: number) => min >= 24 && min < 32 },
  { value: '32-plus', label: '32 uur of meer', test: (min: number) => min >= 32 },
] as const

export const KINDS = [
  { value: 'gezamenlijk', label: 'Gezamenlijke werving', test: (doc: Vacancy) => Boolean(doc.jointRecruitment) },
  { value: 'traineeship', label: 'Traineeship', test: (doc: Vacancy) => Boolean(doc.traineeship) },
] as const

export const VACANCY_FACET_PARAMS = ['regio', 'organisatie', 'functie', 'uren', 'soort'] as const
export type VacancyFacetParam = (typeof VACANCY_FACET_PARAMS)[number]

export const SORTS = [
  { value: 'sluitingsdatum', label: 'Sluitingsdatum (eerst)' },
  { value: 'nieuwste', label: 'Nieuwste eerst' },
] as const
export type VacancySort = (typeof SORTS)[number]['value']

/** The filters of one finder view: values per facet (any of them matches) and a keyword. */
export type VacancyFilters = Record<VacancyFacetParam, string[]> & { q?: string }

export const MAX_KEYWORD = 100

/** The regions and organisations the facets name; the published ones, as a visitor sees them. */
export type VacancyTaxonomies = Pick<Taxonomies, 'regions' | 'organisations' | 'regionById' | 'organisationById'>

/** Loads what the finder needs straight from Payload (jobs, feeds, tests: no Next cache needed). */
export async function loadVacancyData(
  payload: Payload,
  now = new Date(),
): Promise<{ vacancies: Vacancy[]; taxonomies: VacancyTaxonomies }> {
  const visitor = { overrideAccess: false, user: null, draft: false, pagination: false, limit: 1000 } as const
  const [vacancies, regions, organisations] = await Promise.all([
    payload.find({ collection: 'vacancies', ...visitor, where: openVacancyWhere(now), sort: 'closingDate', depth: 0 }),
    payload.find({ collection: 'regions', ...visitor, sort: 'title', depth: 0 }),
    payload.find({ collection: 'organisations', ...visitor, sort: 'title', depth: 0 }),
  ])
  return { vacancies: vacancies.docs, taxonomies: taxonomiesOf(regions.docs, organisations.docs) }
}

export function taxonomiesOf(regions: Region[], organisations: Organisation[]): VacancyTaxonomies {
  return {
    regions,
    organisations,
    regionById: new Map(regions.map((r) => [String(r.id), r])),
    organisationById: new Map(organisations.map((o) => [String(o.id), o])),
  }
}

const functionLabels = (docs: Vacancy[]) => new Map(docs.map((doc) => [slugify(doc.function), doc.function]))

export function vacancyFacets(taxonomies: VacancyTaxonomies, docs: Vacancy[]): FacetDefinition<Vacancy>[] {
  const functions = functionLabels(docs)
  return [
    { ...regionFacet(taxonomies as Taxonomies, (doc: Vacancy) => doc.regions), multiple: true },
    {
      param: 'organisatie',
      label: 'Organisatie',
      multiple: true,
      values: (doc) => [taxonomies.organisationById.get(idOf(doc.organisation) ?? '')?.slug ?? ''].filter(Boolean),
      labelOf: (slug) => taxonomies.organisations.find((o) => o.slug === slug)?.title ?? slug,
    },
    {
      param: 'functie',
      label: 'Functie',
      multiple: true,
      values: (doc) => [slugify(doc.function)],
      labelOf: (slug) => functions.get(slug) ?? slug,
    },
    {
      param: 'uren',
      label: 'Uren per week',
      multiple: true,
      values: (doc) => HOURS.filter((h) => h.test(doc.hoursMin)).map((h) => h.value),
      labelOf: labelIn(HOURS),
      order: (a, b) => HOURS.findIndex((h) => h.value === a) - HOURS.findIndex((h) => h.value === b),
    },
    {
      param: 'soort',
      label: 'Gezamenlijke werving',
      multiple: true,
      values: (doc) => KINDS.filter((k) => k.test(doc)).map((k) => k.value),
      labelOf: labelIn(KINDS),
    },
  ]
}

/** The filters in a URL's parameters (bounded; unknown values simply match nothing). */
export function filtersFromParams(params: SearchParams): VacancyFilters {
  const values = (param: VacancyFacetParam) => allParams(params, param).sort()
  // In the order of VACANCY_FACET_PARAMS; a new facet fails to compile here until it is read.
  const filters: VacancyFilters = {
    regio: values('regio'),
    organisatie: values('organisatie'),
    functie: values('functie'),
    uren: values('uren'),
    soort: values('soort'),
  }
  const q = firstParam(params, 'q')?.trim().slice(0, MAX_KEYWORD)
  if (q) filters.q = q
  return filters
}

export const sortFromParams = (params: SearchParams): VacancySort =>
  firstParam(params, 'sorteer') === 'nieuwste' ? 'nieuwste' : 'sluitingsdatum'

/** The same filters as URL parameters, in a stable order: the link of a feed or an alert. */
export function filtersToQuery(filters: VacancyFilters, extra: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams()
  for (const param of VACANCY_FACET_PARAMS) for (const value of filters[param] ?? []) query.append(param, value)
  if (filters.q) query.set('q', filters.q)
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value)
  return query.toString()
}

const fold = (text: string) => foldAccents(text).toLowerCase()

function keywordMatcher(q: string | undefined, taxonomies: VacancyTaxonomies) {
  const words = q ? fold(q).split(/\s+/).filter(Boolean).slice(0, 10) : []
  if (words.length === 0) return () => true
  return (doc: Vacancy) => {
    const organisation = taxonomies.organisationById.get(idOf(doc.organisation) ?? '')?.title ?? ''
    const haystack = fold(
      [doc.title, doc.summary, doc.function, doc.placeOfWork, organisation].filter(Boolean).join(' '),
    )
    return words.every((word) => haystack.includes(word))
  }
}

/** Does one vacancy fall within the filters? (The alerts ask this of each newly published one.) */
export function vacancyMatches(doc: Vacancy, filters: VacancyFilters, taxonomies: VacancyTaxonomies): boolean {
  const facets = vacancyFacets(taxonomies, [doc])
  return (
    keywordMatcher(filters.q, taxonomies)(doc) &&
    facets.every((facet) => {
      const wanted = filters[facet.param as VacancyFacetParam] ?? []
      if (wanted.length === 0) return true
      const values = facet.values(doc)
      return wanted.some((value) => values.includes(value))
    })
  )
}

function sorted(docs: Vacancy[], sort: VacancySort): Vacancy[] {
  const copy = [...docs]
  if (sort === 'nieuwste')
    return copy.sort((a, b) => b.postedAt.localeCompare(a.postedAt) || String(a.id).localeCompare(String(b.id)))
  return copy.sort((a, b) => a.closingDate.localeCompare(b.closingDate) || a.title.localeCompare(b.title, 'nl'))
}

/** Every vacancy of the view, in order, without paging: what the feed carries. */
export function selectVacancies(
  docs: Vacancy[],
  taxonomies: VacancyTaxonomies,
  filters: VacancyFilters,
  sort: VacancySort,
): Vacancy[] {
  return sorted(
    docs.filter((doc) => vacancyMatches(doc, filters, taxonomies)),
    sort,
  )
}

export type VacancyFinder = { result: FinderResult<Vacancy>; filters: VacancyFilters; sort: VacancySort }

/** The page's view: facets with counts, the chosen filters, a keyword and an order, paged. */
export function runVacancyFinder(
  docs: Vacancy[],
  taxonomies: VacancyTaxonomies,
  searchParams: SearchParams,
): VacancyFinder {
  const filters = filtersFromParams(searchParams)
  const sort = sortFromParams(searchParams)
  const result = runFinder({
    docs: sorted(docs.filter(keywordMatcher(filters.q, taxonomies)), sort),
    basePath: '/vacatures',
    searchParams,
    facets: vacancyFacets(taxonomies, docs),
    extraParams: ['q', 'sorteer'],
  })
  return { result, filters, sort }
}

/** "Vacatures in Rivierenland, 32 uur of meer": the name of a feed and an alert. */
export function describeFilters(filters: VacancyFilters, taxonomies: VacancyTaxonomies, docs: Vacancy[] = []): string {
  const facets = vacancyFacets(taxonomies, docs)
  const label = (param: VacancyFacetParam) => {
    const facet = facets.find((f) => f.param === param)
    return (filters[param] ?? []).map((value) => facet?.labelOf(value) ?? value)
  }
  const or = (values: string[]) =>
    values.length > 1 ? `${values.slice(0, -1).join(', ')} of ${values.at(-1)}` : (values[0] ?? '')
  const parts: string[] = []
  if (filters.functie.length) parts.push(`voor ${or(label('functie'))}`)
  if (filters.regio.length) parts.push(`in ${or(label('regio'))}`)
  if (filters.organisatie.length) parts.push(`bij ${or(label('organisatie'))}`)
  if (filters.uren.length) parts.push(or(label('uren')).toLowerCase())
  if (filters.soort.length) parts.push(or(label('soort')).toLowerCase())
  if (filters.q) parts.push(`met “${filters.q}”`)
  return parts.length ? `Vacatures ${parts.join(', ')}` : 'Alle vacatures'
}
