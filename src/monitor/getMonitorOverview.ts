import type { Indicator } from '../../payload-types'
import type { Viewer } from '../lib/viewer'
import { parseMonitorFilters, type MonitorFilters, type SearchParams } from './filters'
import { loadMonitorData } from './loadMonitorData'
import { buildKpiSeries, type KpiSeries, type RegionRef } from './series'

export type KpiChart = KpiSeries & { indicator: Indicator }

export type MonitorOverview = {
  charts: KpiChart[]
  regions: RegionRef[]
  /** Every quarter with a figure, for the period selects. */
  allPeriods: string[]
  filters: MonitorFilters
  problems: string[]
}

/** /monitor: per KPI the regions over time, within the selection in the URL. */
export async function getMonitorOverview(viewer: Viewer, params: SearchParams): Promise<MonitorOverview> {
  const data = await loadMonitorData(viewer)
  const { filters, problems } = parseMonitorFilters(
    params,
    data.regions.map((r) => r.slug),
  )
  const charts = data.indicators.map((indicator) => ({
    indicator,
    ...buildKpiSeries(data.rows, indicator.id, data.regions, filters),
  }))
  const allPeriods = [...new Set(data.rows.map((r) => r.period))].sort()
  return { charts, regions: data.regions, allPeriods, filters, problems }
}
