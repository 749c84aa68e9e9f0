import { describe, expect, it } from 'vitest'

import { describeChart, lineChartGeometry, SERIES_COLOURS, sparklineGeometry } from '../../../src/monitor/chart'
import { parseMonitorFilters } from '../../../src/monitor/filters'
import {
  averageByPeriod,
  buildKpiSeries,
  type MeasurementRow,
  rankRegions,
  type RegionRef,
  tableRows,
} from '../../../src/monitor/series'

const regions: RegionRef[] = [
  { id: 1, slug: 'achterhoek', title: 'Achterhoek' },
  { id: 2, slug: 'foodvalley', title: 'Foodvalley' },
  { id: 3, slug: 'rivierenland', title: 'Rivierenland' },
]
const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']
const rows: MeasurementRow[] = regions.flatMap((region, r) =>
  periods.map((period, p) => ({
    indicator: 7,
    region: region.id,
    period,
    value: 10 * (r + 1) + p,
    isExample: true,
    note: null,
  })),
)
// Another KPI's figures must never leak into this one.
rows.push({ indicator: 8, region: 1, period: '2025-Q1', value: 999, isExample: false, note: null })
const all = { regions: [], from: null, to: null }

describe('monitor series', () => {
  it('gives one series per region with a point per quarter, oldest first', () => {
    const kpi = buildKpiSeries([...rows].reverse(), 7, regions, all)
    expect(kpi.periods).toEqual(periods)
    expect(kpi.series.map((s) => s.region.slug)).toEqual(['achterhoek', 'foodvalley', 'rivierenland'])
    expect(kpi.series[1].points.map((p) => p.value)).toEqual([20, 21, 22, 23])
    expect(kpi.hasExamples).toBe(true)
  })

  it('applies the region and quarter filters', () => {
    const kpi = buildKpiSeries(rows, 7, regions, { regions: ['rivierenland'], from: '2025-Q2', to: '2025-Q3' })
    expect(kpi.series).toHaveLength(1)
    expect(kpi.series[0].points.map((p) => [p.period, p.value])).toEqual([
      ['2025-Q2', 31],
      ['2025-Q3', 32],
    ])
  })

  it('averages the regions per quarter and ranks them by the desired direction', () => {
    const { series } = buildKpiSeries(rows, 7, regions, all)
    expect(averageByPeriod(series).get('2025-Q4')).toBe(23)
    expect(rankRegions(series, '2025-Q4', 'lager').map((r) => [r.rank, r.region.slug])).toEqual([
      [1, 'achterhoek'],
      [2, 'foodvalley'],
      [3, 'rivierenland'],
    ])
    expect(rankRegions(series, '2025-Q4', 'hoger')[0].region.slug).toBe('rivierenland')
  })

  it('lays the series out as table rows over the quarters, a gap where a region has no figure', () => {
    // Foodvalley misses 2025-Q2; a zero is a figure, not a gap.
    const gappy = rows.filter((row) => !(row.region === 2 && row.period === '2025-Q2')).map((row) => (row.region === 3 && row.period === '2025-Q1' ? { ...row, value: 0 } : row))
    const { series } = buildKpiSeries(gappy, 7, regions, all)
    expect(tableRows(periods, series)).toEqual([
      { slug: 'achterhoek', title: 'Achterhoek', values: [10, 11, 12, 13] },
      { slug: 'foodvalley', title: 'Foodvalley', values: [20, null, 22, 23] },
      { slug: 'rivierenland', title: 'Rivierenland', values: [0, 31, 32, 33] },
    ])
    // Only the quarters asked for, in their order.
    expect(tableRows(['2025-Q4', '2025-Q1'], series)[1].values).toEqual([23, 20])
  })
})

describe('line chart geometry', () => {
  const { series } = buildKpiSeries(rows, 7, regions, all)
  const chart = lineChartGeometry(
    periods,
    series.map((s, i) => ({ ...s, styleIndex: i })),
  )

  it('draws a line per region through a point per quarter, inside the plot', () => {
    expect(chart.lines).toHaveLength(3)
    for (const line of chart.lines) {
      expect(line.points).toHaveLength(4)
      expect(line.d.startsWith('M')).toBe(true)
      for (const point of line.points) {
        expect(point.x).toBeGreaterThanOrEqual(chart.plot.left)
        expect(point.x).toBeLessThanOrEqual(chart.plot.right)
        expect(point.y).toBeGreaterThanOrEqual(chart.plot.top)
        expect(point.y).toBeLessThanOrEqual(chart.plot.bottom)
      }
    }
    // Time runs left to right; a higher value sits higher (smaller y).
    const xs = chart.lines[0].points.map((p) => p.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(chart.lines[2].points[0].y).toBeLessThan(chart.lines[0].points[0].y)
  })

  it('starts the value axis at zero and labels every quarter', () => {
    expect(chart.yTicks[0].label).toBe('0')
    expect(chart.yTicks[0].position).toBe(chart.plot.bottom)
    expect(chart.xTicks.map((t) => t.label)).toEqual(['K1 ’25', 'K2 ’25', 'K3 ’25', 'K4 ’25'])
  })

  it('gives each region its own colour and marker', () => {
    expect(new Set(chart.lines.map((l) => l.style.colour)).size).toBe(3)
    expect(new Set(chart.lines.map((l) => l.style.marker)).size).toBe(3)
    expect(SERIES_COLOURS).toHaveLength(7)
  })

  it('describes the chart in words', () => {
    const text = describeChart('Aantal maatregelen', 'aantal', periods, series)
    expect(text).toContain('van het 1e kwartaal 2025 tot en met het 4e kwartaal 2025')
    expect(text).toContain('het hoogst in Rivierenland (33) en het laagst in Achterhoek (13)')
  })

  it('draws a sparkline with the average beside it', () => {
    const spark = sparklineGeometry([1, 2, 3], [2, 2, 2])
    expect(spark.d.match(/[ML]/g)).toHaveLength(3)
    expect(spark.averageD.match(/[ML]/g)).toHaveLength(3)
    expect(spark.last).toEqual({ x: 117, y: 3 })
  })
})

describe('monitor filters from the URL', () => {
  it('keeps known regions and quarters, reports the rest', () => {
    const parsed = parseMonitorFilters(
      { regio: ['achterhoek', 'atlantis', 'achterhoek'], van: '2026-Q2', tot: '2025 q1' },
      ['achterhoek'],
    )
    expect(parsed.filters).toEqual({ regions: ['achterhoek'], from: '2025-Q1', to: '2026-Q2' })
    expect(parsed.problems).toEqual(['Onbekende regio "atlantis".'])
    expect(parseMonitorFilters({ van: 'gisteren' }, []).problems[0]).toMatch(/geen kwartaal/)
  })
})
