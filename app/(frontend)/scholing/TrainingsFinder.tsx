import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { ResultItem } from '@/components/content/ResultItem'
import { Finder } from '@/components/finder/Finder'
import { NoMatches } from '@/components/finder/FinderParts'
import { listDocuments, loadTaxonomies } from '@/lib/content'
import { formatDateTime, isoDate } from '@/lib/dates'
import { runFinder, type SearchParams } from '@/lib/finder'
import { pageMetadata } from '@/lib/seo'
import { placesText, upcomingSessionsByTraining } from '@/lib/trainings'
import { alertSignupPath, feedPath } from '@/lib/urls'
import { FORMAT_LABELS, trainingFacets } from '@/trainings/finder'
import { getViewer } from '@/lib/viewer'

import type { Training } from '../../../payload-types'
import { paths } from '@/lib/urls'

export const trainingsMetadata: Metadata = pageMetadata({
  title: 'Scholing',
  description: 'Trainingen voor professionals in de Gelderse jeugdbescherming, met SKJ-accreditatie. Inschrijven zonder account.',
  path: '/scholing',
  feed: { url: feedPath('scholing'), title: 'Scholing (Atom)' },
})

/**
 * The trainings finder. Without filters it is rendered once and cached (scholing/page.tsx); with
 * filters in the address proxy.ts sends the request to gefilterd/[finder], rendered per request.
 */
export async function TrainingsFinder({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer()
  const [trainings, taxonomies, sessions] = await Promise.all([
    listDocuments(viewer, 'trainings', { sort: 'title' }),
    loadTaxonomies(viewer),
    upcomingSessionsByTraining(viewer),
  ])
  const result = runFinder({
    docs: trainings,
    basePath: '/scholing',
    searchParams: searchParams,
    facets: trainingFacets(taxonomies, sessions),
  })
  return (
    <>
      <PageHeader
        title="Scholing"
        summary="Trainingen van en voor de Gelderse partners. U schrijft zich in zonder account; u krijgt direct een bevestiging per e-mail."
      />
      <p className="no-print">
        <a className="utrecht-link" href="/scholing/agenda.ics">
          Alle sessies in uw agenda (iCalendar)
        </a>
        {' · '}
        <a className="utrecht-link" href={alertSignupPath('scholing', result.query)}>
          Ontvang e-mail bij nieuwe trainingen en sessies{result.query ? ' met deze filters' : ''}
        </a>
        {' · '}
        <a className="utrecht-link" href={feedPath('scholing', result.query)} type="application/atom+xml">
          Volg {result.query ? 'deze trainingen' : 'nieuwe trainingen'} via Atom (feedlezer)
        </a>
      </p>
      <Finder
        result={result}
        noun={{ one: 'training', many: 'trainingen' }}
        emptyState={<NoMatches noun="trainingen" showAll="/scholing" />}
      >
        <ul className="result-list">
          {result.items.map((training) => {
            const next = sessions.get(String(training.id))?.[0]
            return (
              <ResultItem key={training.id} href={paths.training(training.slug)} title={training.title}>
                <p className="card__meta">
                  {FORMAT_LABELS[training.format] ?? training.format}
                  {training.skjPoints ? ` · ${training.skjPoints} SKJ-punten` : ''}
                  {next ? (
                    <>
                      {' · eerstvolgende sessie '}
                      <time dateTime={isoDate(next.startsAt)}>{formatDateTime(next.startsAt)}</time>
                      {`, ${placesText(next)}`}
                    </>
                  ) : (
                    ' · geen geplande sessies'
                  )}
                  {training.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
                </p>
                {training.summary ? <p className="utrecht-paragraph">{training.summary}</p> : null}
              </ResultItem>
            )
          })}
        </ul>
      </Finder>
    </>
  )
}
