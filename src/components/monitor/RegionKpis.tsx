import '@/components/monitor/monitor.css'

import { formatValue } from '@/monitor/format'
import { getRegionKpis } from '@/monitor/getRegionKpis'
import { periodLabel, periodShortLabel } from '@/monitor/periods'
import type { Viewer } from '@/lib/viewer'
import { monitorPath, monitorIndicatorPath } from '@/lib/urls'

import { Section } from '@/components/content/Section'
import { TableHead } from '@/components/content/TableHead'

import { ExampleFiguresNotice } from './ExampleFiguresNotice'
import { Sparkline } from './Sparkline'
import { TableScroll } from './TableScroll'

type Props = { viewer: Viewer; region: { id: number | string; slug?: string | null; title: string } }

/** The region page's monitor block: each KPI's newest figure against Gelderland, with a trend line. */
export async function RegionKpis({ viewer, region }: Props) {
  const { kpis, hasExamples } = await getRegionKpis(viewer, region.id)
  if (!kpis.length) return null
  return (
    <Section id="cijfers" title="Cijfers uit de monitor">
      <ExampleFiguresNotice show={hasExamples} />
      <TableScroll hint="Schuif de tabel opzij voor het verloop →" captionId="cijfers-caption">
        <table className="data-table region-kpis">
          <caption id="cijfers-caption">
            {region.title} tegenover het Gelderse gemiddelde (het gemiddelde van de zeven regio’s), meest recente
            kwartaal
          </caption>
          <TableHead columns={['Indicator', 'Kwartaal', region.title, 'Gelderland', 'Verloop']} />
          <tbody>
            {kpis.map(({ indicator, points, latest, average, averages }) => {
              const unit = indicator.unit
              const first = points[0]
              const label = latest
                ? `Verloop in ${region.title}: van ${formatValue(first.value, unit)} in het ${periodLabel(first.period)} naar ${formatValue(latest.value, unit)} in het ${periodLabel(latest.period)} (doorgetrokken lijn); Gelderland gestippeld.`
                : ''
              return (
                <tr key={indicator.id} data-indicator={indicator.slug}>
                  <th scope="row">
                    <a
                      className="utrecht-link"
                      href={monitorIndicatorPath(indicator.slug ?? '', { regions: [region.slug ?? ''] })}
                    >
                      {indicator.number}. {indicator.title}
                    </a>
                  </th>
                  <td>
                    {latest ? <abbr title={periodLabel(latest.period)}>{periodShortLabel(latest.period)}</abbr> : '–'}
                  </td>
                  <td data-value={latest?.value}>{latest ? formatValue(latest.value, unit) : '–'}</td>
                  <td data-value={average ?? undefined}>{average !== null ? formatValue(average, unit) : '–'}</td>
                  <td>
                    <Sparkline values={points.map((p) => p.value)} averages={averages} label={label} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={monitorPath({ regions: region.slug ? [region.slug] : [] })}>
          Alle cijfers en het verloop in de monitor
        </a>
      </p>
    </Section>
  )
}
