import '@/components/monitor/monitor.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { DocumentHeader } from '@/components/content/PageHeader'
import { Fact } from '@/components/content/Fact'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { Section } from '@/components/content/Section'
import { SourcesList } from '@/components/content/SourcesList'
import { TableHead } from '@/components/content/TableHead'
import { ExampleFiguresNotice } from '@/components/monitor/ExampleFiguresNotice'
import { KpiFigure } from '@/components/monitor/KpiFigure'
import { MonitorFilterForm } from '@/components/monitor/MonitorFilterForm'
import { RichText } from '@/components/rich-text/RichText'
import { findBySlug } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { documentPath, monitorIndicatorPath, monitorPath } from '@/lib/urls'
import { getViewer } from '@/lib/viewer'
import type { SearchParams } from '@/monitor/filters'
import { DIRECTION_LABELS, formatValue, UNIT_LABELS } from '@/monitor/format'
import { getIndicatorPage } from '@/monitor/getIndicatorPage'
import { periodLabel } from '@/monitor/periods'

type Args = { params: Promise<{ slug: string }> }

/** Title and description of an indicator's page, or "Niet gevonden". */
export async function indicatorMetadata({ params }: Args): Promise<Metadata> {
  const { slug } = await params
  const indicator = await findBySlug(await getViewer(), 'indicators', slug, 0)
  if (!indicator) return { title: 'Niet gevonden' }
  return pageMetadata({
    title: `Monitor: ${indicator.title}`,
    description: indicator.summary ?? indicator.definition,
    path: `/monitor/${slug}`,
  })
}

/**
 * One KPI: what it measures and how, the regions over time, and the regions in order. Without
 * filters (`./page.tsx`) the page comes from the full-route cache; with a selection of regions or
 * quarters in its address proxy.ts rewrites it to `./gefilterd/page.tsx`, rendered per request.
 */
export async function IndicatorView({ params, searchParams = {} }: Args & { searchParams?: SearchParams }) {
  const { slug } = await params
  const page = await getIndicatorPage(await getViewer(), slug, searchParams)
  if (!page) notFound()
  const { indicator, ranking, latestPeriod, average } = page
  const id = `kpi-${indicator.number}`
  return (
    <article>
      <DocumentHeader
        doc={indicator}
        parent={{ label: 'Monitor', href: monitorPath() }}
        crumb={`${indicator.number}. ${indicator.title}`}
        kicker={`Indicator ${indicator.number} van de monitor`}
      />
      <ExampleFiguresNotice show={page.hasExamples} />
      <dl className="kpi-facts">
        <dt>Definitie</dt>
        <dd>{indicator.definition}</dd>
        <dt>Eenheid</dt>
        <dd>{UNIT_LABELS[indicator.unit]}</dd>
        <dt>Gewenste richting</dt>
        <dd>{DIRECTION_LABELS[indicator.direction]}</dd>
        {indicator.calculation ? (
          <>
            <dt>
              Rekenregel{' '}
              {indicator.calculationIsExample ? <span className="badge badge--example">Voorbeeld</span> : null}
            </dt>
            <dd>
              {indicator.calculation}
              {indicator.calculationIsExample ? (
                <span className="muted">
                  {' '}
                  (Een uitwerking ter illustratie; de werkgroep stelt de rekenregel nog vast.)
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        <Fact term="Bron van de cijfers" value={indicator.dataSource} />
      </dl>
      <Section id="verloop" title="Verloop per regio" className="kpi-section">
        <MonitorFilterForm
          action={monitorIndicatorPath(slug)}
          regions={page.regions}
          periods={page.allPeriods}
          filters={page.filters}
          problems={page.problems}
          indicator={slug}
        />
        <KpiFigure
          id={id}
          title={indicator.title}
          unit={indicator.unit}
          periods={page.periods}
          series={page.series}
          allRegions={page.regions}
        />
      </Section>
      {latestPeriod && ranking.length ? (
        <Section id="volgorde" title={<>De regio’s op volgorde, {periodLabel(latestPeriod)}</>}>
          <p className="utrecht-paragraph">
            {indicator.direction === 'neutraal'
              ? 'Van hoog naar laag. Deze indicator heeft geen voorkeursrichting: bovenaan staan is niet beter of slechter.'
              : `Van beste naar minst goede waarde (${DIRECTION_LABELS[indicator.direction].toLowerCase()}).`}
          </p>
          <table className="data-table ranking">
            <caption className="visually-hidden">
              Regio’s op volgorde voor {indicator.title.toLowerCase()}, {periodLabel(latestPeriod)}
            </caption>
            <TableHead columns={['Plaats', 'Regio', 'Waarde']} />
            <tbody>
              {ranking.map((row) => (
                <tr key={row.region.slug} data-series={row.region.slug}>
                  <td>{row.rank}</td>
                  <th scope="row">
                    <a className="utrecht-link" href={documentPath('regions', { slug: row.region.slug }) ?? '#'}>
                      {row.region.title}
                    </a>
                  </th>
                  <td data-value={row.value}>{formatValue(row.value, indicator.unit)}</td>
                </tr>
              ))}
            </tbody>
            {average !== null ? (
              <tfoot>
                <tr>
                  <td></td>
                  <th scope="row">Gelderland (gemiddelde van de regio’s)</th>
                  <td>{formatValue(average, indicator.unit)}</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        </Section>
      ) : null}
      <RichText data={indicator.body} />
      <SourcesList sources={indicator.sources} />
      <ReviewInfo
        lastReviewedAt={indicator.lastReviewedAt}
        nextReviewDue={indicator.nextReviewDue}
        changeNotes={indicator.changeNotes}
      />
    </article>
  )
}
