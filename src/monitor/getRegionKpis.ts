import type { Indicator } from '../../payload-types'
import type { Viewer } from '../lib/viewer'
import { loadMonitorData } from './loadMonitorData'
import { averageByPeriod, buildKpiSeries, type Point } from './series'

export type RegionKpi = {
  indicator: Indicator
  /** The region's figures, oldest first (the sparkline). */
  points: Point[]
  latest: Point | null
  /** Gelderland: the mean of the regions in the same quarter as `latest`. */
  average: number | null
  /** Gelderland's mean per quarter, aligned with `points`. */
  averages: (number | null)[]
}

/** The region page's monitor block: each KPI's newest figure against Gelderland, with its trend. */
export async function getRegionKpis(
  viewer: Viewer,
  regionId: number | string,
): Promise<{ kpis: RegionKpi[]; hasExamples: boolean }> {
  const data = await loadMonitorData(viewer)
  const region = data.regions.find((r) => String(r.id) === String(regionId))
  if (!region) return { kpis: [], hasExamples: false }
  const none = { regions: [], from: null, to: null }
  let hasExamples = false
  const kpis = data.indicators.flatMap((indicator) => {
    const all = buildKpiSeries(data.rows, indicator.id, data.regions, none)
    const points = all.series.find((s) => s.region.slug === region.slug)?.points ?? []
    if (!points.length) return []
    hasExamples ||= points.some((p) => p.isExample)
    const averages = averageByPeriod(all.series)
    const latest = points.at(-1) ?? null
    return [
      {
        indicator,
        points,
        latest,
        average: latest ? (averages.get(latest.period) ?? null) : null,
        averages: points.map((p) => averages.get(p.period) ?? null),
      },
    ]
  })
  return { kpis, hasExamples }
}
