import type { Indicator } from '../../payload-types'
import { listDocuments, listFields } from '../lib/content'
import type { Viewer } from '../lib/viewer'
import type { MeasurementRow, RegionRef } from './series'
import { relationId } from '../lib/relations'

/** 7 KPIs × 7 regions × 40 quarters is under 2,000; the bound keeps one page's read finite. */
const MAX_MEASUREMENTS = 10_000

export type MonitorData = {
  indicators: Indicator[]
  regions: RegionRef[]
  rows: MeasurementRow[]
}

const idOf = relationId

/**
 * Everything the monitor shows, read as the viewer (published indicators and regions only for a
 * visitor) and cached like every public read. Figures of an indicator or region the viewer cannot
 * see are left out.
 */
export async function loadMonitorData(viewer: Viewer): Promise<MonitorData> {
  const [indicators, regions, measurements] = await Promise.all([
    listDocuments(viewer, 'indicators', { sort: 'number' }),
    // Only what a series names a region by: the full documents (text, contact points) cost a
    // region page's per-request render about 2.4 ms more in draft mode.
    listFields(viewer, 'regions', ['slug', 'title'], { sort: 'title' }),
    listFields(viewer, 'measurements', ['indicator', 'region', 'period', 'value', 'isExample', 'note'], {
      sort: 'period',
      depth: 0,
      limit: MAX_MEASUREMENTS,
    }),
  ])
  const indicatorIds = new Set(indicators.map((i) => String(i.id)))
  const regionIds = new Set(regions.map((r) => String(r.id)))
  const rows: MeasurementRow[] = []
  for (const m of measurements) {
    const indicator = idOf(m.indicator)
    const region = idOf(m.region)
    if (indicator === null || region === null || !indicatorIds.has(String(indicator)) || !regionIds.has(String(region)))
      continue
    rows.push({
      indicator,
      region,
      period: m.period,
      value: m.value,
      isExample: Boolean(m.isExample),
      note: m.note ?? null,
    })
  }
  return {
    indicators,
    regions: regions.flatMap((r) => (r.slug ? [{ id: r.id, slug: r.slug, title: r.title }] : [])),
    rows,
  }
}
