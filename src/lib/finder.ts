/**
 * Faceted lists ("finders") computed over the published documents of one type. The portal's
 * collections hold dozens to hundreds of items, so filtering in memory after one query is faster
 * than a count query per facet value, and the counts are exact for every combination.
 */

import { relationKey } from './relations'

export type FacetDefinition<T> = {
  /** URL parameter, e.g. "regio". */
  param: string
  label: string
  /** The values of one document for this facet (a document can have several). */
  values: (doc: T) => string[]
  /** Display label of a value. */
  labelOf: (value: string) => string
  /** Order of the options; default by label. */
  order?: (a: string, b: string) => number
  /**
   * Several values may be chosen at once (repeated parameter, `?regio=a&regio=b`); a document
   * then matches when it has any of them. Default: one value.
   */
  multiple?: boolean
}

export type FacetOption = { value: string; label: string; count: number; active: boolean; href: string }
export type FacetResult = { param: string; label: string; options: FacetOption[] }

export type FinderResult<T> = {
  items: T[]
  total: number
  page: number
  pageCount: number
  facets: FacetResult[]
  active: { param: string; value?: string; label: string; valueLabel: string; removeHref: string }[]
  pageHref: (page: number) => string
  /** The chosen filters as a query string without the page number ('' when none): for feeds and alerts. */
  query?: string
}

export type SearchParams = Record<string, string | string[] | undefined>

export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key]
  const first = Array.isArray(value) ? value[0] : value
  return first && first.length <= 120 ? first : undefined
}

/** Every value of a repeated parameter (bounded: at most 20 values of at most 120 characters). */
export function allParams(params: SearchParams, key: string): string[] {
  const value = params[key]
  const list = Array.isArray(value) ? value : value ? [value] : []
  return [...new Set(list.filter((v) => v && v.length <= 120))].slice(0, 20)
}

export function hrefWith(basePath: string, params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one) query.append(key, one)
  }
  const text = query.toString()
  return text ? `${basePath}?${text}` : basePath
}

export function runFinder<T>({
  docs,
  facets,
  searchParams,
  basePath,
  perPage = 12,
  extraParams = [],
}: {
  docs: T[]
  facets: FacetDefinition<T>[]
  searchParams: SearchParams
  basePath: string
  perPage?: number
  /** Other parameters the page keeps in the URL (e.g. a sort or "toon=alle"). */
  extraParams?: string[]
}): FinderResult<T> {
  const chosen: Record<string, string[]> = {}
  for (const facet of facets) {
    chosen[facet.param] = facet.multiple
      ? allParams(searchParams, facet.param)
      : [firstParam(searchParams, facet.param)].filter((v): v is string => Boolean(v))
  }
  const selected: Record<string, string | string[] | undefined> = { ...chosen }
  for (const param of extraParams) selected[param] = firstParam(searchParams, param)

  const matches = (doc: T, except?: string) =>
    facets.every((facet) => {
      const wanted = chosen[facet.param]
      if (facet.param === except || wanted.length === 0) return true
      const values = facet.values(doc)
      return wanted.some((value) => values.includes(value))
    })

  /** The URL with `value` of `facet` switched on or off. */
  const toggled = (facet: FacetDefinition<T>, value: string) => {
    const current = chosen[facet.param]
    const next = current.includes(value)
      ? current.filter((v) => v !== value)
      : facet.multiple
        ? [...current, value]
        : [value]
    return hrefWith(basePath, { ...selected, [facet.param]: next })
  }

  const facetResults: FacetResult[] = facets.map((facet) => {
    // Disjunctive counts: how many results each value would give with the other filters kept.
    const counts = new Map<string, number>()
    for (const doc of docs) {
      if (!matches(doc, facet.param)) continue
      for (const value of new Set(facet.values(doc))) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const wanted = chosen[facet.param]
    for (const value of wanted) if (!counts.has(value)) counts.set(value, 0)
    const order = facet.order ?? ((a: string, b: string) => facet.labelOf(a).localeCompare(facet.labelOf(b), 'nl'))
    return {
      param: facet.param,
      label: facet.label,
      options: [...counts.entries()]
        .sort(([a], [b]) => order(a, b))
        .map(([value, count]) => ({
          value,
          label: facet.labelOf(value),
          count,
          active: wanted.includes(value),
          href: toggled(facet, value),
        })),
    }
  })

  const filtered = docs.filter((doc) => matches(doc))
  const pageCount = Math.max(1, Math.ceil(filtered.length / perPage))
  const requested = Number.parseInt(firstParam(searchParams, 'pagina') ?? '1', 10)
  const page = Number.isFinite(requested) ? Math.min(Math.max(1, requested), pageCount) : 1

  return {
    items: filtered.slice((page - 1) * perPage, page * perPage),
    total: filtered.length,
    page,
    pageCount,
    facets: facetResults,
    active: facets.flatMap((facet) =>
      chosen[facet.param].map((value) => ({
        param: facet.param,
        value,
        label: facet.label,
        valueLabel: facet.labelOf(value),
        removeHref: toggled(facet, value),
      })),
    ),
    pageHref: (target: number) => hrefWith(basePath, { ...selected, pagina: target > 1 ? String(target) : undefined }),
    query: hrefWith('', selected).replace(/^\?/, ''),
  }
}

/** Turns a relationship value (id or populated document) into its id as a string. */
export const idOf = relationKey

export function idsOf(values: unknown): string[] {
  return Array.isArray(values) ? values.map(idOf).filter((v): v is string => v !== null) : []
}
