import type { Unit } from '@/monitor/format'
import { type RegionRef, type Series, tableRows } from '@/monitor/series'

import { KpiTable } from './KpiTable'
import { LineChart } from './LineChart'

type Props = { id: string; title: string; unit: Unit; periods: string[]; series: Series[]; allRegions: RegionRef[] }

/** Chart and table of one KPI side by side (stacked on a phone), from the same series. */
export function KpiFigure({ id, title, unit, periods, series, allRegions }: Props) {
  // A region keeps its colour and marker whatever the selection.
  const styled = series.map((s) => ({
    ...s,
    styleIndex: Math.max(
      0,
      allRegions.findIndex((r) => r.slug === s.region.slug),
    ),
  }))
  if (!periods.length) return <p className="utrecht-paragraph">Geen cijfers in deze selectie.</p>
  return (
    <div className="kpi-layout">
      <LineChart id={id} title={title} unit={unit} periods={periods} series={styled} />
      <KpiTable id={id} title={title} unit={unit} periods={periods} rows={tableRows(periods, series)} />
    </div>
  )
}
