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

function integer(raw: string | null, max: number, fallback: number): number | null {
  if (raw === null || raw === '') return fallback
  return POSITIVE_INTEGER.test(raw) && Number(raw) <= max ? Number(raw) : null
}

/**
 * Checks the parameters of a search. Every rejection says in Dutch what is wrong; anything
 * accepted is safe to hand to either engine.
 */
export function parseSearchParams(params: URLSearchParams, names: ParamNames = API_PARAMS): ParsedSearchParams {
  // Control characters carry no meaning in a query and confuse engines and logs alike.
  const q = (params.get('q') ?? '')
    .replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if ([...q].length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `De zoekvraag is te lang: gebruik hoogstens ${MAX_QUERY_LENGTH} tekens.` }
  }

  const filters: SearchParams['filters'] = {}
  for (const facet of FACETS) {
    const values = [
      ...new Set(
        params
          .getAll(names[facet])
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ]
    if (values.length === 0) continue
    if (values.length > MAX_VALUES_PER_FILTER)
      return { ok: false, message: `Kies hoogstens ${MAX_VALUES_PER_FILTER} filters van één soort.` }
    for (const value of values) {
      const problem = checkValue(facet, value)
      if (problem) return { ok: false, message: problem }
    }
    filters[facet] = values
  }

  const page = integer(params.get(names.page), MAX_PAGE, 1)
  if (page === null) return { ok: false, message: `De pagina moet een heel getal van 1 tot en met ${MAX_PAGE} zijn.` }
  const limit = integer(params.get(names.limit), MAX_HITS_PER_PAGE, DEFAULT_HITS_PER_PAGE)
  if (limit === null) {
    return {
      ok: false,
      message: `Het aantal resultaten per pagina moet een heel getal van 1 tot en met ${MAX_HITS_PER_PAGE} zijn.`,
    }
  }
  return { ok: true, value: { q, filters, page, limit } }
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
