'use client'

import type { LineChartGeometry } from '@/monitor/chart'

type Props = { id: string; title: string; description: string; chart: LineChartGeometry }

/**
 * The SVG of a line chart, from geometry the server computed (src/monitor/chart.ts, no d3 here).
 * A client component only to keep the page light: its HTML is rendered on the server as before,
 * but the page's React payload carries the numbers (a point is x, y, quarter, value) instead of
 * every element of the drawing a second time. The monitor page holds seven of these.
 */
export function ChartSvg({ id, title, description, chart }: Props) {
  const { plot } = chart
  return (
    <figure className="kpi-chart">
      <svg
        className="kpi-chart__svg"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-chart={id}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="kpi-chart__grid">
          {chart.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} />
              <text x={plot.left - 8} y={tick.position} dy="0.32em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          <line className="kpi-chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {chart.xTicks.map((tick) => (
            <text key={tick.label} x={tick.position} y={plot.bottom + 22} textAnchor="middle">
              {tick.label}
            </text>
          ))}
        </g>
        {chart.lines.map((line) => (
          <g key={line.slug} className="kpi-chart__series" data-series={line.slug} style={{ color: line.style.colour }}>
            <path
              d={line.d}
              fill="none"
              stroke="currentColor"
              strokeWidth={2.5}
              strokeDasharray={line.style.dash || undefined}
            />
            {line.points.map((point) => (
              <path
                key={point.period}
                className="kpi-chart__point"
                d={line.style.marker}
                transform={`translate(${point.x} ${point.y})`}
                fill="currentColor"
                stroke="#fff"
                strokeWidth={1}
                data-period={point.period}
                data-value={point.value}
              />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="kpi-chart__legend" aria-label="Legenda">
          {chart.lines.map((line) => (
            <li key={line.slug}>
              <svg
                viewBox="0 0 28 14"
                width="28"
                height="14"
                aria-hidden="true"
                focusable="false"
                style={{ color: line.style.colour }}
              >
                <line
                  x1="1"
                  x2="27"
                  y1="7"
                  y2="7"
                  stroke="currentColor"
                  strokeWidth="2.5"
                  strokeDasharray={line.style.dash || undefined}
                />
                <path
                  d={line.style.marker}
                  transform="translate(14 7)"
                  fill="currentColor"
                  stroke="#fff"
                  strokeWidth="1"
                />
              </svg>{' '}
              {line.title}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
