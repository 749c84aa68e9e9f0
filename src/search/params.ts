import { z } from 'zod'

import { AUDIENCES } from '../constants/taxonomy'
import { FACETS, type FacetName, isSearchType, SEARCH_TYPES } from './types'

export const MAX_QUERY_LENGTH = 200
export const MAX_PAGE = 100
export const DEFAULT_HITS_PER_PAGE = 10
export const MAX_HITS_PER_PAGE = 50
const MAX_VALUES_PER_FILTER = 10

export type SearchParams = {
  q: string
  filters: Partial<Record<FacetName, string[]>>
  page: number
  limit: number
}

export type ParsedSearchParams = { ok: true; value: SearchParams } | { ok: false; message: string }

/** The URL parameter names of one surface. */
export type ParamNames = Record<FacetName | 'page' | 'limit', string>

/** GET /api/search speaks English, like the rest of the REST API. */
export const API_PARAMS: ParamNames = {
  type: 'type',
  region: 'region',
  buildingBlock: 'buildingBlock',
  audience: 'audience',
  page: 'page',
  limit: 'limit',
}

/** /zoeken speaks the site's own words, the same as every finder (regio, bouwsteen, voor, pagina). */
export const PAGE_PARAMS: ParamNames = {
  type: 'type',
  region: 'regio',
  buildingBlock: 'bouwsteen',
  audience: 'voor',
  page: 'pagina',
  limit: 'aantal',
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const POSITIVE_INTEGER = /^[1-9]\d{0,5}$/
const BUILDING_BLOCK = /^[1-8]$/

function checkValue(facet: FacetName, value: string): string | null {
  const shown = value.slice(0, 40)
  switch (facet) {
    case 'type':
      return isSearchType(value)
        ? null
        : `Onbekend type “${shown}”. Kies uit: ${SEARCH_TYPES.map((t) => t.value).join(', ')}.`
    case 'audience':
      return AUDIENCES.some((a) => a.value === value)
        ? null
        : `Onbekende doelgroep “${shown}”. Kies uit: ${AUDIENCES.map((a) => a.value).join(', ')}.`
    case 'buildingBlock':
      return BUILDING_BLOCK.test(value)
        ? null
        : `Onbekende bouwsteen “${shown}”: een bouwsteen heeft een nummer van 1 tot en met 8.`
    case 'region':
      return value.length <= 96 && SLUG.test(value)
        ? null
        : `Ongeldige regio “${shown}”: gebruik de naam zoals in het webadres, bijvoorbeeld “noord-veluwe”.`
  }
}

/** The question: control characters carry no meaning in a query and confuse engines and logs alike. */
const question = z
  .string()
  .transform((q) =>
    q
      .replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  .refine((q) => [...q].length <= MAX_QUERY_LENGTH, `De zoekvraag is te lang: gebruik hoogstens ${MAX_QUERY_LENGTH} tekens.`)

/** The values of one facet, as a set: at most ten, each one the facet knows. */
const facetValues = (facet: FacetName) =>
  z
    .array(z.string())
    .transform((values) => [...new Set(values.map((v) => v.trim()).filter(Boolean))])
    .superRefine((values, context) => {
      if (values.length > MAX_VALUES_PER_FILTER) {
        context.addIssue({ code: 'custom', message: `Kies hoogstens ${MAX_VALUES_PER_FILTER} filters van één soort.` })
        return
      }
      const problem = values.map((value) => checkValue(facet, value)).find(Boolean)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })

/** A whole number from 1 to max; absent or empty gives the fallback. */
const wholeNumber = (max: number, fallback: number, message: string) =>
  z
    .string()
    .nullable()
    .refine((raw) => raw === null || raw === '' || (POSITIVE_INTEGER.test(raw) && Number(raw) <= max), message)
    .transform((raw) => (raw === null || raw === '' ? fallback : Number(raw)))

/**
 * The parameters of a search as a zod schema, over the values as URLSearchParams holds them (the
 * question and page numbers once, each facet as a list). Checked in this order; the first problem
 * is the one the visitor is told.
 */
export const searchParamsSchema = z.object({
  q: question,
  filters: z.object(Object.fromEntries(FACETS.map((facet) => [facet, facetValues(facet)])) as Record<FacetName, ReturnType<typeof facetValues>>),
  page: wholeNumber(MAX_PAGE, 1, `De pagina moet een heel getal van 1 tot en met ${MAX_PAGE} zijn.`),
  limit: wholeNumber(
    MAX_HITS_PER_PAGE,
    DEFAULT_HITS_PER_PAGE,
    `Het aantal resultaten per pagina moet een heel getal van 1 tot en met ${MAX_HITS_PER_PAGE} zijn.`,
  ),
})

/**
 * Checks the parameters of a search. Every rejection says in Dutch what is wrong; anything
 * accepted is safe to hand to either engine.
 */
export function parseSearchParams(params: URLSearchParams, names: ParamNames = API_PARAMS): ParsedSearchParams {
  const result = searchParamsSchema.safeParse({
    q: params.get('q') ?? '',
    filters: Object.fromEntries(FACETS.map((facet) => [facet, params.getAll(names[facet])])),
    page: params.get(names.page),
    limit: params.get(names.limit),
  })
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'Ongeldige zoekopdracht.' }
  const filters: SearchParams['filters'] = {}
  for (const facet of FACETS) if (result.data.filters[facet].length) filters[facet] = result.data.filters[facet]
  return { ok: true, value: { q: result.data.q, filters, page: result.data.page, limit: result.data.limit } }
}

/** The address that shows `params` (facet links, pagination): all state lives in the URL. */
export function searchUrl(params: SearchParams, names: ParamNames = PAGE_PARAMS, base = '/zoeken'): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  for (const facet of FACETS) for (const value of params.filters[facet] ?? []) query.append(names[facet], value)
  if (params.page > 1) query.set(names.page, String(params.page))
  if (params.limit !== DEFAULT_HITS_PER_PAGE) query.set(names.limit, String(params.limit))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
