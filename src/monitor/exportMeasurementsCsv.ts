import type { Viewer } from '../lib/viewer'
import { toCsv } from '../registrations/csv'
import { parseMonitorFilters, type SearchParams } from './filters'
import { loadMonitorData } from './loadMonitorData'
import { buildKpiSeries } from './series'

export type CsvExport = { ok: true; filename: string; body: string } | { ok: false; status: 400 | 404; message: string }

/** Same columns as the import, so a downloaded selection can be corrected and imported again. */
export const EXPORT_HEADER = ['indicator', 'regio', 'periode', 'waarde', 'toelichting', 'voorbeeld']

const MAX_INDICATOR_PARAM = 120

/**
 * The figures of a selection (regions, quarters, optionally one KPI) as CSV. A selection that
 * names an unknown region, KPI or a malformed quarter is refused with a Dutch reason rather than
 * quietly widened.
 */
export async function exportMeasurementsCsv(viewer: Viewer, params: SearchParams): Promise<CsvExport> {
  const data = await loadMonitorData(viewer)
  const { filters, problems } = parseMonitorFilters(
    params,
    data.regions.map((r) => r.slug),
  )
  if (problems.length) return { ok: false, status: 400, message: problems.join(' ') }
  const wanted = typeof params.indicator === 'string' ? params.indicator.slice(0, MAX_INDICATOR_PARAM) : null
  if (Array.isArray(params.indicator)) return { ok: false, status: 400, message: 'Kies één indicator of geen.' }
  const indicators = wanted ? data.indicators.filter((i) => i.slug === wanted) : data.indicators
  if (wanted && !indicators.length) return { ok: false, status: 404, message: `Onbekende indicator "${wanted}".` }

  const rows: unknown[][] = []
  for (const indicator of indicators) {
    const { series } = buildKpiSeries(data.rows, indicator.id, data.regions, filters)
    for (const { region, points } of series) {
      for (const point of points) {
        rows.push([
          indicator.slug,
          region.slug,
          point.period,
          String(point.value).replace('.', ','),
          point.note ?? '',
          point.isExample ? 'ja' : 'nee',
        ])
      }
    }
  }
  const parts = ['monitor', wanted, ...filters.regions, filters.from, filters.to].filter(Boolean)
  return { ok: true, filename: `${parts.join('-')}.csv`, body: toCsv(EXPORT_HEADER, rows) }
}
