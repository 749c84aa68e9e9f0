import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { ResultItem } from '@/components/content/ResultItem'
import { Section } from '@/components/content/Section'
import { listDocuments } from '@/lib/content'
import { idsOf } from '@/lib/finder'
import { organisationWithType } from '@/lib/labels'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'
import { paths } from '@/lib/urls'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'Regio’s',
  description: 'De zeven Gelderse jeugdhulpregio’s: gemeenten, contactpunten, lokale afspraken en toekomsttuinen.',
  path: '/regios',
})

export default async function RegionsPage() {
  const viewer = await getViewer()
  const [regions, organisations] = await Promise.all([
    listDocuments(viewer, 'regions', { sort: 'title' }),
    listDocuments(viewer, 'organisations', { sort: 'title' }),
  ])
  const regionWide = organisations.filter((org) => idsOf(org.regions).length === 0 || idsOf(org.regions).length >= regions.length)
  return (
    <>
      <PageHeader
        crumb="Regio’s"
        title="De zeven Gelderse regio’s"
        summary="Kies uw regio voor de gemeenten, de functionele contactpunten, de lokale afspraken, toekomsttuinen, scholing en vacatures op één pagina."
      />
      <ul className="card-grid">
        {regions.map((region) => (
          <ResultItem key={region.id} className="card" href={paths.region(region.slug)} title={region.title}>
            <p className="card__meta">{region.municipalities?.length ?? 0} gemeenten</p>
            {region.summary ? <p className="utrecht-paragraph">{region.summary}</p> : null}
          </ResultItem>
        ))}
      </ul>
      <Section id="organisaties-kop" anchor="organisaties" title="Organisaties in heel Gelderland">
        <ul className="utrecht-unordered-list">
          {regionWide.map((org) => (
            <li key={org.id} className="utrecht-unordered-list__item">
              <strong>{org.title}</strong>
              {organisationWithType(org).slice(org.title.length)}
              {org.website ? (
                <>
                  {' · '}
                  <a className="utrecht-link" href={org.website}>
                    website<span className="visually-hidden"> van {org.title}</span>
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
