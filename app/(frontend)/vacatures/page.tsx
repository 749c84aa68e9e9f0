import type { Metadata } from 'next'

import { PageTitle } from '@/components/content/PageTitle'
import { Finder } from '@/components/finder/Finder'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { listDocuments, loadTaxonomies } from '@/lib/content'
import { regionFacet } from '@/lib/facets'
import { formatDate, isoDate } from '@/lib/dates'
import { idOf, runFinder, type SearchParams } from '@/lib/finder'
import { pageMetadata } from '@/lib/seo'
import { openVacancyWhere } from '@/lib/vacancies'
import { getViewer } from '@/lib/viewer'

import type { Vacancy } from '../../../payload-types'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Vacatures',
    description: 'Vacatures bij de Gelderse partners in de jeugdbescherming, met gezamenlijke werving en traineeships.',
    path: '/vacatures',
  }),
  alternates: { canonical: '/vacatures', types: { 'application/rss+xml': '/vacatures/feed.xml' } },
}

const HOURS = [
  { value: 'tot-24', label: 'Tot 24 uur', test: (min: number) => min < 24 },
  { value: '24-32', label: '24 tot 32 uur', test: (min: number) => min >= 24 && min < 32 },
  { value: '32-plus', label: '32 uur of meer', test: (min: number) => min >= 32 },
]

export default async function VacanciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer()
  const [vacancies, taxonomies] = await Promise.all([
    listDocuments(viewer, 'vacancies', { where: openVacancyWhere(), sort: 'closingDate' }),
    loadTaxonomies(viewer),
  ])
  const result = runFinder({
    docs: vacancies,
    basePath: '/vacatures',
    searchParams: await searchParams,
    facets: [
      regionFacet(taxonomies, (doc: Vacancy) => doc.regions),
      {
        param: 'organisatie',
        label: 'Organisatie',
        values: (doc) => [taxonomies.organisationById.get(idOf(doc.organisation) ?? '')?.slug ?? ''].filter(Boolean),
        labelOf: (slug) => taxonomies.organisations.find((o) => o.slug === slug)?.title ?? slug,
      },
      {
        param: 'uren',
        label: 'Uren per week',
        values: (doc) => HOURS.filter((h) => h.test(doc.hoursMin)).map((h) => h.value),
        labelOf: (value) => HOURS.find((h) => h.value === value)?.label ?? value,
        order: (a, b) => HOURS.findIndex((h) => h.value === a) - HOURS.findIndex((h) => h.value === b),
      },
      {
        param: 'soort',
        label: 'Soort',
        values: (doc) => [doc.jointRecruitment ? 'gezamenlijk' : '', doc.traineeship ? 'traineeship' : ''].filter(Boolean),
        labelOf: (value) => (value === 'gezamenlijk' ? 'Gezamenlijke werving' : 'Traineeship'),
      },
    ],
  })
  return (
    <>
      <Breadcrumbs items={[{ label: 'Vacatures' }]} />
      <PageTitle
        title="Vacatures"
        summary="Werken in de Gelderse jeugdbescherming: vacatures van de GI’s, Veilig Thuis, de Raad en lokale teams. Vacatures verdwijnen vanzelf na de sluitingsdatum."
      />
      <p className="no-print">
        <a className="utrecht-link" href="/vacatures/feed.xml">
          Volg nieuwe vacatures via RSS
        </a>
      </p>
      <Finder
        result={result}
        noun={{ one: 'open vacature', many: 'open vacatures' }}
        emptyState={
          <p className="utrecht-paragraph">
            Geen open vacatures met deze filters. <a className="utrecht-link" href="/vacatures">Toon alle vacatures</a> of volg
            de RSS-feed om nieuwe vacatures niet te missen.
          </p>
        }
      >
        <ul className="result-list">
          {result.items.map((vacancy) => (
            <li key={vacancy.id}>
              <h2 className="utrecht-heading-3">
                <a className="utrecht-link" href={`/vacatures/${vacancy.slug}`}>
                  {vacancy.title}
                </a>
              </h2>
              <p className="card__meta">
                {taxonomies.organisationById.get(idOf(vacancy.organisation) ?? '')?.title} · {vacancy.hoursMin}
                {vacancy.hoursMax && vacancy.hoursMax !== vacancy.hoursMin ? `–${vacancy.hoursMax}` : ''} uur · {vacancy.caoScale} · sluit{' '}
                <time dateTime={isoDate(vacancy.closingDate)}>{formatDate(vacancy.closingDate)}</time>
                {vacancy.jointRecruitment ? <span className="badge"> Gezamenlijke werving</span> : null}
                {vacancy.traineeship ? <span className="badge"> Traineeship</span> : null}
                {vacancy.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
              </p>
              {vacancy.summary ? <p className="utrecht-paragraph">{vacancy.summary}</p> : null}
            </li>
          ))}
        </ul>
      </Finder>
    </>
  )
}
