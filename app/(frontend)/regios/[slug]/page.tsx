import { ContactCard } from '@/components/content/ContactCard'

import { DocumentHeader } from '@/components/content/PageHeader'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { Section } from '@/components/content/Section'
import { SourcesList } from '@/components/content/SourcesList'
import { TableHead } from '@/components/content/TableHead'
import { RegionKpis } from '@/components/monitor/RegionKpis'
import { RegionLinkList } from '@/components/regions/RegionLinkList'
import { RichText } from '@/components/rich-text/RichText'
import { formatDate, isoDate } from '@/lib/dates'
import { buildGlossaryMatcher } from '@/lib/glossary'
import { organisationTypeLabel, organisationWithType, phaseLabel, pilotStatusLabel } from '@/lib/labels'
import { detailMetadata, loadDetail, noParamsAtBuild } from '@/lib/detailPage'
import { getRegionOverview } from '@/regions/getRegionOverview'
import { regionInText } from '@/regions/region-in-text'
import { paths, regionFeedPath } from '@/lib/urls'
import { FeedbackForm } from '@/components/feedback/FeedbackForm'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

export const generateMetadata = detailMetadata('regions', (region, slug) => ({
  title: `Regio ${region.title}`,
  description: region.summary,
  feed: { url: regionFeedPath(slug), title: `Nieuws uit ${region.title} (Atom)` },
}))

export default async function RegionPage({ params }: Args) {
  const { viewer, doc: region, slug } = await loadDetail('regions', { params })
  const { organisations, agreements, pilots, progress, trainings, nextSession, vacancies, glossary } = await getRegionOverview(viewer, region)

  return (
    <article>
      <DocumentHeader doc={region} parent={{ label: 'Regio’s', href: '/regios' }} kicker="Jeugdhulpregio" />
      <nav aria-label="Op deze pagina" className="no-print">
        <ul className="active-filters">
          {[
            ['gemeenten', 'Gemeenten'],
            ['contact', 'Contactpunten'],
            ['afspraken', 'Lokale afspraken'],
            ['toekomsttuinen', 'Toekomsttuinen'],
            ['voortgang', 'Bouwstenen'],
            ['scholing', 'Scholing'],
            ['vacatures', 'Vacatures'],
            ['cijfers', 'Cijfers'],
          ]
            // Every jump link leads to a section on the page: the progress table only exists with rows.
            .filter(([id]) => id !== 'voortgang' || progress.length > 0)
            .map(([id, label]) => (
            <li key={id}>
              <a className="utrecht-link" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="no-print">
        <a className="utrecht-link" href={regionFeedPath(slug)} type="application/atom+xml">
          Volg het nieuws uit {region.title} via Atom (feedlezer)
        </a>
      </p>
      <RichText data={region.body} glossary={buildGlossaryMatcher(glossary)} />
      <div className="two-col">
        <Section id="gemeenten" title={<>Gemeenten ({region.municipalities?.length ?? 0})</>}>
          <ul className="utrecht-unordered-list">
            {(region.municipalities ?? []).map((name) => (
              <li key={name} className="utrecht-unordered-list__item">
                {name}
              </li>
            ))}
          </ul>
        </Section>
        <Section id="organisaties" title="Organisaties">
          <ul className="utrecht-unordered-list">
            {organisations.map((org) => (
              <li key={org.id} className="utrecht-unordered-list__item">
                {organisationWithType(org)}
              </li>
            ))}
          </ul>
        </Section>
      </div>
      <Section id="contact" title="Functionele contactpunten">
        {region.contactPoints?.length ? (
          <ul className="card-grid">
            {region.contactPoints.map((point, index) => (
              <li key={point.id ?? index}>
                <ContactCard point={point} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">Voor deze regio zijn nog geen contactpunten gepubliceerd.</p>
        )}
      </Section>
      <Section id="afspraken" title="Lokale afspraken">
        {agreements.length === 0 ? <p className="utrecht-paragraph">Nog geen lokale afspraken gepubliceerd.</p> : null}
        {agreements.map((agreement) => (
          <section key={agreement.id} id={agreement.slug ?? undefined} className="card" aria-labelledby={`afspraak-${agreement.id}`}>
            <h3 id={`afspraak-${agreement.id}`} className="utrecht-heading-3">
              {agreement.title}
              {agreement.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
            </h3>
            <p className="card__meta">
              Geldig vanaf <time dateTime={isoDate(agreement.validFrom)}>{formatDate(agreement.validFrom)}</time>
              {agreement.validUntil ? (
                <>
                  {' '}
                  tot en met <time dateTime={isoDate(agreement.validUntil)}>{formatDate(agreement.validUntil)}</time>
                </>
              ) : null}
              {agreement.municipalities?.length ? ` · ${agreement.municipalities.join(', ')}` : ' · hele regio'}
            </p>
            {agreement.summary ? <p className="utrecht-paragraph">{agreement.summary}</p> : null}
            <RichText data={agreement.body} idPrefix={`afspraak-${agreement.id}`} />
          </section>
        ))}
      </Section>
      <RegionLinkList
        id="toekomsttuinen"
        title="Toekomsttuinen"
        collection="pilots"
        docs={pilots}
        meta={(pilot) => pilotStatusLabel(pilot.pilotStatus)}
        none="Nog geen toekomsttuinen in deze regio."
        all="Alle toekomsttuinen"
      />
      {progress.length ? (
        <Section id="voortgang" title="Voortgang van de bouwstenen">
          {/* Scrolls in its own region on a phone, so the page never gets wider than the screen. */}
          <div role="region" aria-labelledby="voortgang" tabIndex={0} style={{ overflowX: 'auto' }}>
          <table className="data-table">
            <caption className="visually-hidden">Voortgang van de acht bouwstenen in {regionInText(region.title)}</caption>
            <TableHead columns={['Bouwsteen', 'Status', 'Toelichting']} />
            <tbody>
              {progress.map(({ block, status, note }) => (
                <tr key={block.id}>
                  <th scope="row">
                    <a className="utrecht-link" href={paths.buildingBlock(block.slug)}>
                      {block.number}. {block.title}
                    </a>
                  </th>
                  <td>{phaseLabel(status)}</td>
                  <td>{note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </Section>
      ) : null}
      <RegionLinkList
        id="scholing"
        title="Scholing in deze regio"
        collection="trainings"
        docs={trainings}
        meta={(training) =>
          nextSession.has(String(training.id)) ? `eerstvolgende sessie ${formatDate(nextSession.get(String(training.id)))}` : undefined
        }
        none="Nu geen scholing speciaal voor deze regio."
        all="Alle scholing"
      />
      <RegionLinkList
        id="vacatures"
        title="Vacatures in deze regio"
        collection="vacancies"
        docs={vacancies}
        meta={(vacancy) => `sluit ${formatDate(vacancy.closingDate)}`}
        none="Nu geen open vacatures in deze regio."
        all="Alle vacatures"
      />
      <RegionKpis viewer={viewer} region={region} />
      <SourcesList sources={region.sources} />
      <ReviewInfo lastReviewedAt={region.lastReviewedAt} nextReviewDue={region.nextReviewDue} changeNotes={region.changeNotes} />
      <FeedbackForm target="regions" slug={region.slug} />
    </article>
  )
}
