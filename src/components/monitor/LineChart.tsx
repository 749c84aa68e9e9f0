import { describeChart, lineChartGeometry } from '@/monitor/chart'
import type { Unit } from '@/monitor/format'
import type { Series } from '@/monitor/series'

import { ChartSvg } from './ChartSvg'

type Props = {
  id: string
  title: string
  unit: Unit
  periods: string[]
  series: (Series & { styleIndex: number })[]
}

/**
 * A line chart drawn on the server: the SVG is in the HTML, so it shows without JavaScript and
 * prints. role="img" with a title and a description; the numbers are in the table beside it.
 * The geometry is computed here (d3 stays on the server); ChartSvg writes it out.
 */
export function LineChart({ id, title, unit, periods, series }: Props) {
  return (
    <ChartSvg
      id={id}
      title={title}
      description={describeChart(title, unit, periods, series)}
      chart={lineChartGeometry(periods, series)}
    />
  )
}
