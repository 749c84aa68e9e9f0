import { parsePeriod } from './periods'

/**
 * The monitor's filters live in the URL (?regio=achterhoek&regio=foodvalley&van=2025-Q1&tot=2026-Q4)
 * so a selection can be shared, bookmarked and downloaded as CSV.
 */
export type MonitorFilters = {
  /** Region slugs; empty means all regions. */
  regions: string[]
  from: string | null
  to: string | null
}

export type SearchParams = Record<string, string | string[] | undefined>

/** At most this many region values are read from a URL; there are seven regions. */
const MAX_REGION_PARAMS = 20

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).slice(0, MAX_REGION_PARAMS)

export type ParsedFilters = { filters: MonitorFilters; problems: string[] }

/**
 * Reads the filters against the known region slugs. Unknown regions and malformed quarters are
 * left out and named in `problems` (a page shows them, the CSV route answers 400).
 */
export function parseMonitorFilters(params: SearchParams, knownRegions: string[]): ParsedFilters {
  const problems: string[] = []
  const known = new Set(knownRegions)
  const regions: string[] = []
  for (const slug of list(params.regio)) {
    if (!slug) continue
    if (!known.has(slug)) problems.push(`Onbekende regio "${slug.slice(0, 60)}".`)
    else if (!regions.includes(slug)) regions.push(slug)
  }
  const period = (name: 'van' | 'tot') => {
    const raw = list(params[name])[0]
    if (!raw) return null
    const parsed = parsePeriod(raw)
    if (!parsed) problems.push(`"${raw.slice(0, 20)}" is geen kwartaal; schrijf bijvoorbeeld 2026-Q2.`)
    return parsed
  }
  let from = period('van')
  let to = period('tot')
  if (from && to && from > to) [from, to] = [to, from]
  return { filters: { regions, from, to }, problems }
}

export const inPeriodRange = (period: string, { from, to }: Pick<MonitorFilters, 'from' | 'to'>) =>
  (!from || period >= from) && (!to || period <= to)
