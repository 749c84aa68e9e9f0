import type { Metadata } from 'next'

import { RegionPicker } from '@/components/content/RegionPicker'
import { LinkList } from '@/components/content/LinkList'
import { listDocuments } from '@/lib/content'
import { formatDate, formatDateTime, isoDate } from '@/lib/dates'
import { idsOf } from '@/lib/finder'
import { chosenRegionSlug } from '@/lib/regionChoice'
import { pageMetadata } from '@/lib/seo'
import { upcomingSessionsByTraining } from '@/lib/trainings'
import { openVacancyWhere } from '@/lib/vacancies'
import { getViewer } from '@/lib/viewer'
import { regionInText } from '@/regions/region-in-text'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Kennisportaal Jeugdbescherming Gelderland',
  description:
    'Werkwijzen, het escalatiemodel, regionale afspraken, scholing en vacatures van de partners in de Gelderse jeugdbescherming.',
  path: '/',
})

export default async function HomePage() {
  const viewer = await getViewer()
  const [blocks, regions, trainings, sessions, vacancies, regionSlug] = await Promise.all([
    listDocuments(viewer, 'building-blocks', { sort: 'number' }),
    listDocuments(viewer, 'regions', { sort: 'title' }),
    listDocuments(viewer, 'trainings', { sort: 'title' }),
    upcomingSessionsByTraining(viewer),
    listDocuments(viewer, 'vacancies', { where: openVacancyWhere(), sort: '-postedAt', limit: 50 }),
    chosenRegionSlug(),
  ])
  const region = regions.find((r) => r.slug === regionSlug) ?? null
  const upcoming = trainings
    .map((training) => ({ training, next: sessions.get(String(training.id))?.[0] }))
    .filter((item) => item.next)
    .sort((a, b) => (a.next!.startsAt < b.next!.startsAt ? -1 : 1))
  const inRegion = <T extends { regions?: unknown }>(doc: T) => Boolean(region && idsOf(doc.regions).includes(String(region.id)))
  const regionAgreements = region
    ? await listDocuments(viewer, 'local-agreements', { where: { region: { equals: region.id } }, sort: 'title', limit: 5 })
    : []

  return (
    <>
      <h1 className="utrecht-heading-1">Kennisportaal Jeugdbescherming Gelderland</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Alles wat de Gelderse partners in de jeugdbescherming samen afspraken, op één plek: de werkwijzen, het escalatiemodel,
        de afspraken in uw regio, scholing en vacatures. Voor jeugdbeschermers, lokale teams, Veilig Thuis, de Raad en
        iedereen die met hen samenwerkt.
      </p>
      <ul className="card-grid" aria-label="Snel naar">
        <li className="card">
          <h2 className="utrecht-heading-3">
            <a className="utrecht-link" href="/werkwijzen">
              Werkwijzen
            </a>
          </h2>
          <p className="utrecht-paragraph">Wie doet wat, binnen welke termijn – per werkwijze, af te drukken als werkkaart.</p>
        </li>
        <li className="card">
          <h2 className="utrecht-heading-3">
            <a className="utrecht-link" href="/escalatiemodel">
              Samenwerking loopt vast?
            </a>
          </h2>
          <p className="utrecht-paragraph">De wegwijzer door het escalatiemodel brengt u in een paar vragen bij de juiste stap.</p>
        </li>
        <li className="card">
          <h2 className="utrecht-heading-3">
            <a className="utrecht-link" href="/begrippen">
              Begrippen
            </a>
          </h2>
          <p className="utrecht-paragraph">Van OTS tot RET: afkortingen en begrippen uitgelegd.</p>
        </li>
      </ul>

      <section aria-labelledby="uw-regio" className="in-your-region">
        <h2 id="uw-regio" className="utrecht-heading-2">
          {region ? `In uw regio: ${region.title}` : 'Uw regio'}
        </h2>
        {region ? (
          <>
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={`/regios/${region.slug}`}>
                Alles over {regionInText(region.title)}: contactpunten, afspraken en toekomsttuinen
              </a>
            </p>
            <LinkList
              id="regio-afspraken"
              title="Lokale afspraken"
              items={regionAgreements.map((a) => ({ href: `/regios/${region.slug}#${a.slug}`, label: a.title }))}
            />
            <LinkList
              id="regio-scholing"
              title="Scholing in uw regio"
              items={upcoming
                .filter((item) => inRegion(item.training))
                .slice(0, 4)
                .map(({ training, next }) => ({ href: `/scholing/${training.slug}`, label: training.title, meta: formatDate(next!.startsAt) }))}
            />
            <LinkList
              id="regio-vacatures"
              title="Vacatures in uw regio"
              items={vacancies
                .filter(inRegion)
                .slice(0, 4)
                .map((v) => ({ href: `/vacatures/${v.slug}`, label: v.title, meta: `sluit ${formatDate(v.closingDate)}` }))}
            />
          </>
        ) : (
          <p className="utrecht-paragraph">Kies uw regio om hier de afspraken, scholing en vacatures van uw regio te zien.</p>
        )}
        <RegionPicker regions={regions} current={region?.slug ?? null} returnTo="/" />
      </section>

      <section aria-labelledby="bouwstenen-kop">
        <h2 id="bouwstenen-kop" className="utrecht-heading-2">
          De acht bouwstenen
        </h2>
        {blocks.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen bouwstenen gepubliceerd.</p>
        ) : (
          <ol className="card-grid">
            {blocks.map((block) => (
              <li key={block.id} className="card">
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={`/bouwstenen/${block.slug}`}>
                    {block.number}. {block.title}
                  </a>
                </h3>
                {block.summary ? <p className="utrecht-paragraph">{block.summary}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="two-col">
        <section aria-labelledby="scholing-kop">
          <h2 id="scholing-kop" className="utrecht-heading-2">
            Eerstvolgende trainingen
          </h2>
          {upcoming.length === 0 ? <p className="utrecht-paragraph">Er zijn geen trainingen gepland.</p> : null}
          <ul className="result-list">
            {upcoming.slice(0, 4).map(({ training, next }) => (
              <li key={training.id}>
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={`/scholing/${training.slug}`}>
                    {training.title}
                  </a>
                </h3>
                <p className="card__meta">
                  <time dateTime={isoDate(next!.startsAt)}>{formatDateTime(next!.startsAt)}</time>
                </p>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="/scholing">
              Alle scholing
            </a>
          </p>
        </section>
        <section aria-labelledby="vacatures-kop">
          <h2 id="vacatures-kop" className="utrecht-heading-2">
            Nieuwste vacatures
          </h2>
          {vacancies.length === 0 ? <p className="utrecht-paragraph">Er zijn geen open vacatures.</p> : null}
          <ul className="result-list">
            {vacancies.slice(0, 4).map((vacancy) => (
              <li key={vacancy.id}>
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={`/vacatures/${vacancy.slug}`}>
                    {vacancy.title}
                  </a>
                </h3>
                <p className="card__meta">Sluit {formatDate(vacancy.closingDate)}</p>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="/vacatures">
              Alle vacatures
            </a>
          </p>
        </section>
      </div>
    </>
  )
}
