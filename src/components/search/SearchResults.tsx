import type { ReactNode } from 'react'

import type { FinderResult } from '@/lib/finder'

import { ActiveFilters, Facet, Pagination } from '../finder/FinderParts'

type Props<T> = {
  result: FinderResult<T>
  /** The count line: "12 resultaten voor “ots”". */
  summary: string
  children: ReactNode
  emptyState: ReactNode
}

/**
 * The results page of /zoeken, phone first: the count, then the results. The filters sit behind
 * one disclosure ("Filters (2)"), a native <details> that opens without JavaScript, so some forty
 * facet links never push the first result below the fold. State lives in the URL, as on every finder.
 */
export function SearchResults<T>({ result, summary, children, emptyState }: Props<T>) {
  const facets = result.facets.filter((facet) => facet.options.length > 0)
  const chosen = result.active.length
  return (
    <div className="search-results-page">
      {/* A status region: screen readers hear the count without moving focus. */}
      <p className="finder__summary" role="status" aria-live="polite" aria-atomic="true">
        {summary}
      </p>
      <ActiveFilters active={result.active} />
      {facets.length > 0 ? (
        <details className="search-filters">
          <summary className="search-filters__toggle">
            Filters{chosen > 0 ? ` (${chosen})` : ''}
            <span className="visually-hidden">{chosen > 0 ? ` gekozen: ${chosen}` : ''}, tonen of verbergen</span>
          </summary>
          <nav className="facets search-filters__panel" aria-label="Filters">
            {facets.map((facet) => (
              <Facet key={facet.param} facet={facet} />
            ))}
          </nav>
        </details>
      ) : null}
      {result.total === 0 ? emptyState : children}
      <Pagination page={result.page} pageCount={result.pageCount} pageHref={result.pageHref} />
    </div>
  )
}
