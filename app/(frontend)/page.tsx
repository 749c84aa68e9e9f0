import type { Metadata } from 'next'

import { ChosenRegion } from '@/components/content/ChosenRegion'
import { ResultItem } from '@/components/content/ResultItem'
import { Section } from '@/components/content/Section'
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

/** Under a short list: the way to the whole of it. */
function MoreLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="utrecht-paragraph">
      <a className="utrecht-link" href={href}>
        {children}
      </a>
    </p>
  )
}

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
        <ResultItem className="card" href="/werkwijzen" title="Werkwijzen">
          <p className="utrecht-paragraph">Wie doet wat, binnen welke termijn – per werkwijze, af te drukken als werkkaart.</p>
        </ResultItem>
        <ResultItem className="card" href="/escalatiemodel" title="Samenwerking loopt vast?">
          <p className="utrecht-paragraph">De wegwijzer door het escalatiemodel brengt u in een paar vragen bij de juiste stap.</p>
        </ResultItem>
        <ResultItem className="card" href="/begrippen" title="Begrippen">
          <p className="utrecht-paragraph">Van OTS tot RET: afkortingen en begrippen uitgelegd.</p>
        </ResultItem>
      </ul>

      <ChosenRegion regions={feed.regions} />

      <Section id="bouwstenen-kop" title="De acht bouwstenen">
        {feed.blockLinks.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen bouwstenen gepubliceerd.</p>
        ) : (
          <ol className="card-grid">
            {feed.blockLinks.map((block) => (
              <ResultItem
                key={block.id}
                className="card"
                headingLevel={3}
                href={block.href}
                title={
                  <>
                    {block.number}. {block.title}
                  </>
                }
              >
                {block.summary ? <p className="utrecht-paragraph">{block.summary}</p> : null}
              </ResultItem>
            ))}
          </ol>
        )}
      </Section>

      <div className="two-col">
        <Section id="scholing-kop" title="Eerstvolgende trainingen">
          {feed.upcoming.length === 0 ? <p className="utrecht-paragraph">Er zijn geen trainingen gepland.</p> : null}
          <ul className="result-list">
            {feed.upcoming.map((training) => (
              <ResultItem key={training.id} headingLevel={3} href={training.href} title={training.title}>
                <p className="card__meta">
                  <time dateTime={isoDate(training.startsAt)}>{formatDateTime(training.startsAt)}</time>
                </p>
              </ResultItem>
            ))}
          </ul>
          <MoreLink href="/scholing">Alle scholing</MoreLink>
        </Section>
        <Section id="vacatures-kop" title="Nieuwste vacatures">
          {feed.vacancies.length === 0 ? <p className="utrecht-paragraph">Er zijn geen open vacatures.</p> : null}
          <ul className="result-list">
            {feed.vacancies.map((vacancy) => (
              <ResultItem key={vacancy.id} headingLevel={3} href={vacancy.href} title={vacancy.title}>
                <p className="card__meta">Sluit {formatDate(vacancy.closingDate)}</p>
              </ResultItem>
            ))}
          </ul>
          <MoreLink href="/vacatures">Alle vacatures</MoreLink>
        </Section>
      </div>
    </>
  )
}
