import { formatNumber, type Unit, UNIT_LABELS } from '@/monitor/format'
import { periodLabel, periodShortLabel } from '@/monitor/periods'
import type { Series } from '@/monitor/series'

import { TableScroll } from './TableScroll'

type Props = { id: string; title: string; unit: Unit; periods: string[]; series: Series[] }

/**
 * The chart's numbers as a table: a row per region, a column per quarter. On a phone it scrolls
 * sideways inside its own region (focusable, so the keyboard can scroll it too).
 */
export function KpiTable({ id, title, unit, periods, series }: Props) {
  return (
    <TableScroll hint="Schuif de tabel opzij voor alle kwartalen →" captionId={`${id}-caption`}>
      <table className="data-table kpi-table" data-table={id}>
        <caption id={`${id}-caption`}>
          {title}: cijfers per regio per kwartaal ({UNIT_LABELS[unit]})
        </caption>
        <thead>
          <tr>
            <th scope="col">Regio</th>
            {periods.map((period) => (
              <th key={period} scope="col">
                <abbr title={periodLabel(period)}>{periodShortLabel(period)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map(({ region, points }) => {
            const byPeriod = new Map(points.map((p) => [p.period, p]))
            return (
              <tr key={region.slug} data-series={region.slug}>
                <th scope="row">{region.title}</th>
                {periods.map((period) => {
                  const point = byPeriod.get(period)
                  return (
                    <td key={period} data-period={period} data-value={point?.value}>
                      {point ? (
                        formatNumber(point.value)
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">geen cijfer</span>
                        </>
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableScroll>
  )
}
