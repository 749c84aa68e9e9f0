import '@/components/monitor/monitor.css'

import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { ExampleFiguresNotice } from '@/components/monitor/ExampleFiguresNotice'
import { KpiFigure } from '@/components/monitor/KpiFigure'
import { MonitorFilterForm } from '@/components/monitor/MonitorFilterForm'
import { DIRECTION_LABELS } from '@/monitor/format'
import { getMonitorOverview } from '@/monitor/getMonitorOverview'
import type { SearchParams } from '@/monitor/filters'
import { pageMetadata } from '@/lib/seo'
import { monitorIndicatorPath } from '@/lib/urls'
import { getViewer } from '@/lib/viewer'

export const monitorMetadata: Metadata = pageMetadata({
  title: 'Monitor',
  description: 'De zeven indicatoren van de gezamenlijke monitor jeugdbescherming Gelderland, per regio per kwartaal.',
  path: '/monitor',
})

/**
 * The seven KPIs, each a chart of the regions over time with the same numbers in a table. Without
 * filters it is rendered once and cached (monitor/page.tsx); with filters in the address proxy.ts
 * sends the request to gefilterd/[finder], rendered per request.
 */
export async function MonitorOverview({ searchParams }: { searchParams: SearchParams }) {
  const overview = await getMonitorOverview(await getViewer(), searchParams)
  const hasExamples = overview.charts.some((chart) => chart.hasExamples)
  return (
    <>
      <PageHeader
        title="Monitor"
        summary="De gezamenlijke monitor volgt zeven indicatoren per regio per kwartaal. Bij elke grafiek staan dezelfde cijfers in een tabel."
      />
      <ExampleFiguresNotice show={hasExamples} />
      <MonitorFilterForm
        action="/monitor"
        regions={overview.regions}
        periods={overview.allPeriods}
        filters={overview.filters}
        problems={overview.problems}
      />
      <nav aria-label="Indicatoren">
        <ol className="utrecht-link-list">
          {overview.charts.map(({ indicator }) => (
            <li key={indicator.id} className="utrecht-link-list__item">
              <a className="utrecht-link" href={`#kpi-${indicator.number}`}>
                {indicator.number}. {indicator.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {overview.charts.map(({ indicator, periods, series }) => (
        <section
          key={indicator.id}
          id={`kpi-${indicator.number}`}
          className="kpi-section"
          aria-labelledby={`kpi-${indicator.number}-heading`}
        >
          <h2 id={`kpi-${indicator.number}-heading`} className="utrecht-heading-2">
            {indicator.number}. {indicator.title}
          </h2>
          <p className="utrecht-paragraph">
            {indicator.definition} <span className="muted">{DIRECTION_LABELS[indicator.direction]}.</span>
          </p>
          <KpiFigure
            id={`kpi-${indicator.number}`}
            title={indicator.title}
            unit={indicator.unit}
            periods={periods}
            series={series}
            allRegions={overview.regions}
          />
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={monitorIndicatorPath(indicator.slug ?? '', overview.filters)}>
              Meer over {indicator.title.toLowerCase()}: definitie, rekenregel en de regio’s op volgorde
            </a>
          </p>
        </section>
      ))}
    </>
  )
}
