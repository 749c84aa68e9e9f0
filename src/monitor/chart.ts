import { scaleLinear, scalePoint } from 'd3-scale'
import {
  line,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape'

import { formatNumber, formatValue, type Unit } from './format'
import { periodLabel, periodShortLabel } from './periods'
import type { Series } from './series'

/**
 * The geometry of a line chart, computed on the server with d3-scale and d3-shape: plain numbers
 * and path strings that ChartSvg writes as SVG. No DOM, and d3 never reaches the browser.
 * See docs/adr/0002-monitor-charts.md.
 */

/** Seven regions, seven colours with at least 4.5:1 contrast on white, and seven marker shapes so colour is never the only cue. */
export const SERIES_COLOURS = ['#1b4f9c', '#a8430c', '#1d7240', '#84358a', '#a8163a', '#4d4d4d', '#0d6873'] as const
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye]

export type SeriesStyle = { colour: string; marker: string; dash: string }

export function seriesStyle(index: number): SeriesStyle {
  const i = ((index % SERIES_COLOURS.length) + SERIES_COLOURS.length) % SERIES_COLOURS.length
  return {
    colour: SERIES_COLOURS[i],
    marker: symbol(SYMBOLS[i], 56)() ?? '',
    // Every other line dashed: lines that cross stay apart in greyscale too.
    dash: i % 2 === 1 ? '6 3' : '',
  }
}

export const CHART = { width: 560, height: 300, margin: { top: 14, right: 18, bottom: 40, left: 58 } } as const

export type ChartPoint = { x: number; y: number; period: string; value: number }
export type ChartLine = { slug: string; title: string; style: SeriesStyle; d: string; points: ChartPoint[] }
export type Tick = { position: number; label: string }
export type LineChartGeometry = {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: Tick[]
  yTicks: Tick[]
  lines: ChartLine[]
}

/**
 * One line per series over the quarters given. The value axis starts at zero (all KPIs are counts,
 * percentages or durations), so a small change does not look like a big one.
 */
export function lineChartGeometry(periods: string[], series: (Series & { styleIndex: number })[]): LineChartGeometry {
  const { width, height, margin } = CHART
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom }
  const x = scalePoint<string>().domain(periods).range([plot.left, plot.right]).padding(0.3)
  const values = series.flatMap((s) => s.points.map((p) => p.value))
  const max = values.length ? Math.max(...values) : 1
  const min = values.length ? Math.min(0, ...values) : 0
  const y = scaleLinear()
    .domain([min, max > min ? max : min + 1])
    .nice(5)
    .range([plot.bottom, plot.top])
  const path = line<ChartPoint>()
    .x((p) => p.x)
    .y((p) => p.y)
  const lines = series.map((s) => {
    const points = s.points
      .filter((p) => x(p.period) !== undefined)
      .map((p) => ({ x: round(x(p.period) as number), y: round(y(p.value)), period: p.period, value: p.value }))
    return {
      slug: s.region.slug,
      title: s.region.title,
      style: seriesStyle(s.styleIndex),
      d: path(points) ?? '',
      points,
    }
  })
  // Every quarter labelled up to eight; beyond that every other one (always the newest).
  const step = periods.length > 8 ? 2 : 1
  const xTicks = periods
    .filter((_, index) => (periods.length - 1 - index) % step === 0)
    .map((period) => ({ position: round(x(period) as number), label: periodShortLabel(period) }))
  const yTicks = y.ticks(5).map((value) => ({ position: round(y(value)), label: formatNumber(value) }))
  return { width, height, plot, xTicks, yTicks, lines }
}

/** What a screen reader hears for the chart; the numbers themselves are in the table beside it. */
export function describeChart(title: string, unit: Unit, periods: string[], series: Series[]): string {
  if (!periods.length || !series.length) return `Geen cijfers voor ${title} in deze selectie.`
  const first = periods[0]
  const last = periods[periods.length - 1]
  const latest = series.flatMap((s) => {
    const point = s.points.find((p) => p.period === last)
    return point ? [{ region: s.region.title, value: point.value }] : []
  })
  latest.sort((a, b) => b.value - a.value)
  const parts = [
    `Lijngrafiek van ${title.toLowerCase()} per kwartaal, van het ${periodLabel(first)} tot en met het ${periodLabel(last)}, met een lijn per regio (${series.length}).`,
  ]
  if (latest.length > 1) {
    const top = latest[0]
    const bottom = latest[latest.length - 1]
    parts.push(
      `In het ${periodLabel(last)} is de waarde het hoogst in ${top.region} (${formatValue(top.value, unit)}) en het laagst in ${bottom.region} (${formatValue(bottom.value, unit)}).`,
    )
  }
  parts.push('De tabel bij de grafiek bevat dezelfde cijfers.')
  return parts.join(' ')
}

export type SparklineGeometry = {
  width: number
  height: number
  d: string
  averageD: string
  last: { x: number; y: number } | null
}

/** A small trend line of one region, with Gelderland's mean as a second, dashed line. */
export function sparklineGeometry(
  values: number[],
  averages: (number | null)[],
  width = 120,
  height = 32,
): SparklineGeometry {
  const all = [...values, ...averages.filter((v): v is number => v !== null)]
  const pad = 3
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([pad, width - pad])
  const lo = all.length ? Math.min(...all) : 0
  const hi = all.length ? Math.max(...all) : 1
  const y = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .range([height - pad, pad])
  const path = line<[number, number]>()
  const d = path(values.map((v, i) => [round(x(i)), round(y(v))])) ?? ''
  const averagePoints = averages.flatMap((v, i) => (v === null ? [] : [[round(x(i)), round(y(v))] as [number, number]]))
  const averageD = path(averagePoints) ?? ''
  const last = values.length ? { x: round(x(values.length - 1)), y: round(y(values[values.length - 1])) } : null
  return { width, height, d, averageD, last }
}

const round = (value: number) => Math.round(value * 10) / 10
