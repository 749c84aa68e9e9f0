import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { ResultItem } from '@/components/content/ResultItem'
import { Finder } from '@/components/finder/Finder'
import { NoMatches } from '@/components/finder/FinderParts'
import { listDocuments, loadTaxonomies } from '@/lib/content'
import { buildingBlockFacet, regionFacet } from '@/lib/facets'
import { formatDate } from '@/lib/dates'
import { idOf, runFinder, type SearchParams } from '@/lib/finder'
import { pilotStatusLabel } from '@/lib/labels'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

import type { Pilot } from '../../../payload-types'
import { paths } from '@/lib/urls'

export const pilotsMetadata: Metadata = pageMetadata({
  title: 'Toekomsttuinen',
  description: 'Pilots waarin Gelderse regio’s het teammodel in de praktijk beproeven: aanpak, resultaten en lessen.',
  path: '/toekomsttuinen',
})

/**
 * The pilots finder. Without filters it is rendered once and cached (toekomsttuinen/page.tsx); with
 * filters in the address proxy.ts sends the request to gefilterd/[finder], rendered per request.
 */
export async function PilotsFinder({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer()
  const [pilots, taxonomies] = await Promise.all([listDocuments(viewer, 'pilots', { sort: 'title' }), loadTaxonomies(viewer)])
  const result = runFinder({
    docs: pilots,
    basePath: '/toekomsttuinen',
    searchParams: searchParams,
    facets: [
      regionFacet(taxonomies, (doc: Pilot) => doc.region),
      { param: 'status', label: 'Status', values: (doc) => [doc.pilotStatus], labelOf: pilotStatusLabel },
      buildingBlockFacet(taxonomies, (doc: Pilot) => doc.buildingBlocks),
    ],
  })
  return (
    <>
      <PageHeader
        title="Toekomsttuinen"
        summary="In toekomsttuinen werken lokaal team, Veilig Thuis, de Raad en de GI eerder, sneller en intensiever samen rond een gezin. Hier staan hun aanpak, resultaten en lessen."
      />
      <Finder
        result={result}
        noun={{ one: 'toekomsttuin', many: 'toekomsttuinen' }}
        emptyState={<NoMatches noun="toekomsttuinen" showAll="/toekomsttuinen" />}
      >
        <ul className="result-list">
          {result.items.map((pilot) => (
            <ResultItem key={pilot.id} href={paths.pilot(pilot.slug)} title={pilot.title}>
              <p className="card__meta">
                {taxonomies.regionById.get(idOf(pilot.region) ?? '')?.title} · {pilotStatusLabel(pilot.pilotStatus)} · sinds{' '}
                {formatDate(pilot.startDate)}
                {pilot.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
              </p>
              {pilot.summary ? <p className="utrecht-paragraph">{pilot.summary}</p> : null}
            </ResultItem>
          ))}
        </ul>
      </Finder>
    </>
  )
}
