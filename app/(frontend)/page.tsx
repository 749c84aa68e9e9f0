import type { Metadata } from 'next'

import { ChosenRegion } from '@/components/content/ChosenRegion'
import { getHomeFeed } from '@/home/getHomeFeed'
import { formatDate, formatDateTime, isoDate } from '@/lib/dates'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). The chosen region is
 * picked in the browser (ChosenRegion), so the page is the same for every visitor. */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'Kennisportaal Jeugdbescherming Gelderland',
  description:
    'Werkwijzen, het escalatiemodel, regionale afspraken, scholing en vacatures van de partners in de Gelderse jeugdbescherming.',
  path: '/',
})

export default async function HomePage() {
  const feed = await getHomeFeed(await getViewer())
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

      <ChosenRegion regions={feed.regions} />

      <section aria-labelledby="bouwstenen-kop">
        <h2 id="bouwstenen-kop" className="utrecht-heading-2">
          De acht bouwstenen
        </h2>
        {feed.blockLinks.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen bouwstenen gepubliceerd.</p>
        ) : (
          <ol className="card-grid">
            {feed.blockLinks.map((block) => (
              <li key={block.id} className="card">
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={block.href}>
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
          {feed.upcoming.length === 0 ? <p className="utrecht-paragraph">Er zijn geen trainingen gepland.</p> : null}
          <ul className="result-list">
            {feed.upcoming.map((training) => (
              <li key={training.id}>
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={training.href}>
                    {training.title}
                  </a>
                </h3>
                <p className="card__meta">
                  <time dateTime={isoDate(training.startsAt)}>{formatDateTime(training.startsAt)}</time>
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
          {feed.vacancies.length === 0 ? <p className="utrecht-paragraph">Er zijn geen open vacatures.</p> : null}
          <ul className="result-list">
            {feed.vacancies.map((vacancy) => (
              <li key={vacancy.id}>
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={vacancy.href}>
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
