import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Finder } from '@/components/finder/Finder'
import { PageTitle } from '@/components/content/PageTitle'
import { listDocuments, loadTaxonomies } from '@/lib/content'
import { buildingBlockFacet } from '@/lib/facets'
import { idOf, runFinder, type SearchParams } from '@/lib/finder'
import { audienceLabel, audiencesInText } from '@/lib/labels'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

import type { WorkingMethod } from '../../../payload-types'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Werkwijzen',
  description: 'De gedeelde werkwijzen van de Gelderse jeugdbescherming: wie doet wat, binnen welke termijn.',
  path: '/werkwijzen',
})

export default async function WorkingMethodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer()
  const [methods, taxonomies] = await Promise.all([
    listDocuments(viewer, 'working-methods', { sort: 'title' }),
    loadTaxonomies(viewer),
  ])
  const regionSlug = (id: string | null) => (id ? (taxonomies.regionById.get(id)?.slug ?? id) : 'gelderland')
  const result = runFinder({
    docs: methods,
    basePath: '/werkwijzen',
    searchParams: await searchParams,
    facets: [
      {
        param: 'regio',
        label: 'Geldt voor',
        values: (doc) => [doc.scope === 'regio' ? regionSlug(idOf(doc.region)) : 'gelderland'],
        labelOf: (value) =>
          value === 'gelderland' ? 'Heel Gelderland' : (taxonomies.regions.find((r) => r.slug === value)?.title ?? value),
      },
      buildingBlockFacet(taxonomies, (doc: WorkingMethod) => doc.buildingBlocks),
      { param: 'voor', label: 'Voor wie', values: (doc) => doc.audiences ?? [], labelOf: audienceLabel },
    ],
  })

  return (
    <>
      <Breadcrumbs items={[{ label: 'Werkwijzen' }]} />
      <PageTitle
        title="Werkwijzen"
        summary="Hoe de partners samenwerken rond de veiligheid van kinderen: per werkwijze de stappen, wie wat doet en binnen welke termijn."
      />
      <Finder
        result={result}
        noun={{ one: 'werkwijze', many: 'werkwijzen' }}
        emptyState={
          <p className="utrecht-paragraph">
            Geen werkwijzen met deze filters. <a className="utrecht-link" href="/werkwijzen">Wis alle filters</a> of{' '}
            <a className="utrecht-link" href="/zoeken">zoek in het hele portaal</a>.
          </p>
        }
      >
        <ul className="result-list">
          {result.items.map((method) => (
            <li key={method.id}>
              <h2 className="utrecht-heading-3">
                <a className="utrecht-link" href={`/werkwijzen/${method.slug}`}>
                  {method.title}
                </a>
              </h2>
              {method.summary ? <p className="utrecht-paragraph">{method.summary}</p> : null}
              <p className="card__meta">
                {method.scope === 'regio'
                  ? (taxonomies.regionById.get(idOf(method.region) ?? '')?.title ?? 'Eén regio')
                  : 'Heel Gelderland'}
                {method.audiences?.length ? ` · voor ${audiencesInText(method.audiences)}` : ''}
                {method.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
              </p>
            </li>
          ))}
        </ul>
      </Finder>
    </>
  )
}
