import { AUDIENCES } from '../constants/taxonomy'
import { type FacetName, isSearchType, SEARCH_TYPES } from './types'

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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const POSITIVE_INTEGER = /^[1-9]\d{0,5}$/

/** URL parameter per facet: the same names in /zoeken and /api/search. */
export const FACET_PARAMS: Record<FacetName, string> = {
  type: 'type',
  region: 'region',
  buildingBlock: 'buildingBlock',
  audience: 'audience',
}

const FACET_NOUNS: Record<FacetName, string> = { type: 'type', region: 'regio', buildingBlock: 'bouwsteen', audience: 'doelgroep' }

function checkValue(facet: FacetName, value: string): string | null {
  if (facet === 'type') {
    return isSearchType(value) ? null : `Onbekend type “${value.slice(0, 40)}”. Kies uit: ${SEARCH_TYPES.map((t) => t.value).join(', ')}.`
  }
  if (facet === 'audience') {
    return AUDIENCES.some((a) => a.value === value)
      ? null
      : `Onbekende doelgroep “${value.slice(0, 40)}”. Kies uit: ${AUDIENCES.map((a) => a.value).join(', ')}.`
  }
  return value.length <= 96 && SLUG.test(value)
    ? null
    : `Ongeldige ${FACET_NOUNS[facet]} “${value.slice(0, 40)}”: gebruik de naam zoals in het webadres, bijvoorbeeld “noord-veluwe”.`
}

/**
 * Checks the parameters of /api/search and /zoeken. Every rejection says in Dutch what is wrong;
 * anything accepted is safe to hand to either engine.
 */
export function parseSearchParams(params: URLSearchParams): ParsedSearchParams {
  // Control characters carry no meaning in a query and confuse engines and logs alike.
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ').replace(/\s+/g, ' ').trim()
  if ([...q].length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `De zoekvraag is te lang: gebruik hoogstens ${MAX_QUERY_LENGTH} tekens.` }
  }

  const filters: SearchParams['filters'] = {}
  for (const facet of Object.keys(FACET_PARAMS) as FacetName[]) {
    const values = [...new Set(params.getAll(FACET_PARAMS[facet]).map((v) => v.trim()).filter(Boolean))]
    if (values.length === 0) continue
    if (values.length > MAX_VALUES_PER_FILTER) {
      return { ok: false, message: `Kies hoogstens ${MAX_VALUES_PER_FILTER} waarden voor ${FACET_NOUNS[facet]}.` }
    }
    for (const value of values) {
      const problem = checkValue(facet, value)
      if (problem) return { ok: false, message: problem }
    }
    filters[facet] = values
  }

  const pageParam = params.get('page')
  let page = 1
  if (pageParam !== null && pageParam !== '') {
    if (!POSITIVE_INTEGER.test(pageParam) || Number(pageParam) > MAX_PAGE) {
      return { ok: false, message: `De pagina moet een heel getal van 1 tot en met ${MAX_PAGE} zijn.` }
    }
    page = Number(pageParam)
  }

  const limitParam = params.get('limit')
  let limit = DEFAULT_HITS_PER_PAGE
  if (limitParam !== null && limitParam !== '') {
    if (!POSITIVE_INTEGER.test(limitParam) || Number(limitParam) > MAX_HITS_PER_PAGE) {
      return { ok: false, message: `Het aantal resultaten per pagina moet een heel getal van 1 tot en met ${MAX_HITS_PER_PAGE} zijn.` }
    }
    limit = Number(limitParam)
  }

  return { ok: true, value: { q, filters, page, limit } }
}

/** The URL that shows `params` on /zoeken (facet links, pagination): state lives in the URL. */
export function searchUrl(params: SearchParams, base = '/zoeken'): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  for (const facet of Object.keys(FACET_PARAMS) as FacetName[]) {
    for (const value of params.filters[facet] ?? []) query.append(FACET_PARAMS[facet], value)
  }
  if (params.page > 1) query.set('page', String(params.page))
  if (params.limit !== DEFAULT_HITS_PER_PAGE) query.set('limit', String(params.limit))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
