import type { Indicator } from '../../payload-types'
import type { Viewer } from '../lib/viewer'
import { parseMonitorFilters, type MonitorFilters, type SearchParams } from './filters'
import { loadMonitorData } from './loadMonitorData'
import { averageByPeriod, buildKpiSeries, type KpiSeries, rankRegions, type RankRow, type RegionRef } from './series'

export type IndicatorPage = KpiSeries & {
  indicator: Indicator
  regions: RegionRef[]
  allPeriods: string[]
  filters: MonitorFilters
  problems: string[]
  /** The newest quarter with figures for every region (else the newest with any). */
  latestPeriod: string | null
  ranking: RankRow[]
  average: number | null
}

/** /monitor/<slug>: one KPI with its chart, table and the regions ranked for the latest quarter. */
export async function getIndicatorPage(
  viewer: Viewer,
  slug: string,
  params: SearchParams,
): Promise<IndicatorPage | null> {
  const data = await loadMonitorData(viewer)
  const indicator = data.indicators.find((i) => i.slug === slug)
  if (!indicator) return null
  const { filters, problems } = parseMonitorFilters(
    params,
    data.regions.map((r) => r.slug),
  )
  const kpi = buildKpiSeries(data.rows, indicator.id, data.regions, filters)
  // The ranking compares all regions, whatever the chart shows.
  const all = buildKpiSeries(data.rows, indicator.id, data.regions, { regions: [], from: null, to: null })
  const complete = all.periods.filter((period) => all.series.every((s) => s.points.some((p) => p.period === period)))
  const latestPeriod = complete.at(-1) ?? all.periods.at(-1) ?? null
  const ranking = latestPeriod ? rankRegions(all.series, latestPeriod, indicator.direction) : []
  const average = latestPeriod ? (averageByPeriod(all.series).get(latestPeriod) ?? null) : null
  const allPeriods = [
    ...new Set(data.rows.filter((r) => String(r.indicator) === String(indicator.id)).map((r) => r.period)),
  ].sort()
  return { indicator, ...kpi, regions: data.regions, allPeriods, filters, problems, latestPeriod, ranking, average }
}
