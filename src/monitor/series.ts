import { inPeriodRange, type MonitorFilters } from './filters'

/**
 * The monitor's numbers, shaped once for chart, table and CSV alike: one series per region over
 * the same quarters, so the chart and the table beside it cannot disagree.
 */
export type RegionRef = { id: number | string; slug: string; title: string }
export type Point = { period: string; value: number; isExample: boolean; note: string | null }
export type Series = { region: RegionRef; points: Point[] }
export type MeasurementRow = {
  indicator: number | string
  region: number | string
  period: string
  value: number
  isExample: boolean
  note: string | null
}

export type KpiSeries = {
  /** Quarters with at least one figure in the selection, oldest first. */
  periods: string[]
  series: Series[]
  hasExamples: boolean
}

/** Groups an indicator's figures by region, within the selected regions and quarters. */
export function buildKpiSeries(
  rows: MeasurementRow[],
  indicatorId: number | string,
  regions: RegionRef[],
  filters: MonitorFilters,
): KpiSeries {
  const chosen = filters.regions.length ? regions.filter((r) => filters.regions.includes(r.slug)) : regions
  const byRegion = new Map<string, Point[]>(chosen.map((r) => [String(r.id), []]))
  const periods = new Set<string>()
  let hasExamples = false
  for (const row of rows) {
    if (String(row.indicator) !== String(indicatorId) || !inPeriodRange(row.period, filters)) continue
    const points = byRegion.get(String(row.region))
    if (!points) continue
    points.push({ period: row.period, value: row.value, isExample: row.isExample, note: row.note })
    periods.add(row.period)
    hasExamples ||= row.isExample
  }
  const series = chosen.map((region) => ({
    region,
    points: (byRegion.get(String(region.id)) ?? []).sort((a, b) => (a.period < b.period ? -1 : 1)),
  }))
  return { periods: [...periods].sort(), series, hasExamples }
}

/** The unweighted mean of the regions' figures per quarter: "Gelderland (gemiddelde van de regio's)". */
export function averageByPeriod(series: Series[]): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>()
  for (const { points } of series) {
    for (const { period, value } of points) {
      const entry = sums.get(period) ?? { sum: 0, count: 0 }
      entry.sum += value
      entry.count += 1
      sums.set(period, entry)
    }
  }
  return new Map(
    [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, { sum, count }]) => [period, round(sum / count)]),
  )
}

export type Direction = 'hoger' | 'lager' | 'neutraal'
export type RankRow = { rank: number; region: RegionRef; value: number; isExample: boolean }

/**
 * The regions in order for one quarter: best first when the KPI has a desired direction, highest
 * first when it has none. Equal values share a rank.
 */
export function rankRegions(series: Series[], period: string, direction: Direction): RankRow[] {
  const rows = series.flatMap(({ region, points }) => {
    const point = points.find((p) => p.period === period)
    return point ? [{ region, value: point.value, isExample: point.isExample }] : []
  })
  rows.sort(
    (a, b) =>
      (direction === 'lager' ? a.value - b.value : b.value - a.value) ||
      a.region.title.localeCompare(b.region.title, 'nl'),
  )
  let rank = 0
  return rows.map((row, index) => {
    if (index === 0 || row.value !== rows[index - 1].value) rank = index + 1
    return { rank, ...row }
  })
}

const round = (value: number) => Math.round(value * 10) / 10

/** A table row of a KPI: a region and its value per quarter (null where it has none), in the quarters' order. */
export type TableRow = { slug: string; title: string; values: (number | null)[] }

/** The series as table rows over the quarters given: what the table shows, and nothing more. */
export function tableRows(periods: string[], series: Series[]): TableRow[] {
  return series.map(({ region, points }) => {
    const byPeriod = new Map(points.map((p) => [p.period, p.value]))
    return { slug: region.slug, title: region.title, values: periods.map((period) => byPeriod.get(period) ?? null) }
  })
}
