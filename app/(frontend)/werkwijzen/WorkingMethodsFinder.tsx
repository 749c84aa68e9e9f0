import type { Metadata } from 'next'

import { Finder } from '@/components/finder/Finder'
import { NoMatches } from '@/components/finder/FinderParts'
import { PageHeader } from '@/components/content/PageHeader'
import { ResultItem } from '@/components/content/ResultItem'
import { listDocuments, loadTaxonomies } from '@/lib/content'
import { idOf, runFinder, type SearchParams } from '@/lib/finder'
import { audiencesInText } from '@/lib/labels'
import { getViewer } from '@/lib/viewer'
import { pageMetadata } from '@/lib/seo'
import { alertSignupPath, feedPath, paths } from '@/lib/urls'
import { workingMethodFacets } from '@/working-methods/finder'

export const workingMethodsMetadata: Metadata = pageMetadata({
  title: 'Werkwijzen',
  description: 'De gedeelde werkwijzen van de Gelderse jeugdbescherming: wie doet wat, binnen welke termijn.',
  path: '/werkwijzen',
  feed: { url: feedPath('werkwijzen'), title: 'Werkwijzen, wijzigingen (Atom)' },
})

/**
 * The working-methods finder. Without filters it is rendered once and cached (werkwijzen/page.tsx);
 * with filters in the address proxy.ts sends the request to gefilterd/[finder], rendered per
 * request.
 */
export async function WorkingMethodsFinder({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer()
  const [methods, taxonomies] = await Promise.all([
    listDocuments(viewer, 'working-methods', { sort: 'title' }),
    loadTaxonomies(viewer),
  ])
  const result = runFinder({
    docs: methods,
    basePath: '/werkwijzen',
    searchParams,
    facets: workingMethodFacets(taxonomies),
  })

  return (
    <>
      <PageHeader
        title="Werkwijzen"
        summary="Hoe de partners samenwerken rond de veiligheid van kinderen: per werkwijze de stappen, wie wat doet en binnen welke termijn."
      />
      <p className="no-print">
        <a className="utrecht-link" href={alertSignupPath('werkwijzen', result.query)}>
          Ontvang e-mail bij nieuwe en gewijzigde werkwijzen{result.query ? ' met deze filters' : ''}
        </a>
        {' · '}
        <a className="utrecht-link" href={feedPath('werkwijzen', result.query)} type="application/atom+xml">
          Volg nieuwe en gewijzigde werkwijzen{result.query ? ' met deze filters' : ''} via Atom (feedlezer)
        </a>
      </p>
      <Finder
        result={result}
        noun={{ one: 'werkwijze', many: 'werkwijzen' }}
        emptyState={
          <NoMatches noun="werkwijzen">
            <a className="utrecht-link" href="/werkwijzen">Wis alle filters</a> of{' '}
            <a className="utrecht-link" href="/zoeken">zoek in het hele portaal</a>.
          </NoMatches>
        }
      >
        <ul className="result-list">
          {result.items.map((method) => (
            <ResultItem key={method.id} href={paths.workingMethod(method.slug)} title={method.title}>
              {method.summary ? <p className="utrecht-paragraph">{method.summary}</p> : null}
              <p className="card__meta">
                {method.scope === 'regio'
                  ? (taxonomies.regionById.get(idOf(method.region) ?? '')?.title ?? 'Eén regio')
                  : 'Heel Gelderland'}
                {method.audiences?.length ? ` · voor ${audiencesInText(method.audiences)}` : ''}
                {method.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
              </p>
            </ResultItem>
          ))}
        </ul>
      </Finder>
    </>
  )
}
