'use client'

import { formatNumber, type Unit, UNIT_LABELS } from '@/monitor/format'
import { periodLabel, periodShortLabel } from '@/monitor/periods'
import type { TableRow } from '@/monitor/series'

import { TableScroll } from './TableScroll'

type Props = { id: string; title: string; unit: Unit; periods: string[]; rows: TableRow[] }

/**
 * The chart's numbers as a table: a row per region, a column per quarter. On a phone it scrolls
 * sideways inside its own region (focusable, so the keyboard can scroll it too). A client
 * component for the same reason as ChartSvg: the page's payload carries the numbers, not the cells.
 */
export function KpiTable({ id, title, unit, periods, rows }: Props) {
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
          {rows.map(({ slug, title: region, values }) => (
            <tr key={slug} data-series={slug}>
              <th scope="row">{region}</th>
              {periods.map((period, index) => {
                const value = values[index]
                return (
                  <td key={period} data-period={period} data-value={value ?? undefined}>
                    {value !== null && value !== undefined ? (
                      formatNumber(value)
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
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
