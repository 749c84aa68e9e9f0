import type { ReactNode } from 'react'

import type { FinderResult } from '@/lib/finder'

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
      {chosen > 0 ? (
        <ul className="active-filters" aria-label="Gekozen filters">
          {result.active.map((filter) => (
            <li key={filter.param}>
              <a className="badge utrecht-link" href={filter.removeHref}>
                {filter.label}: {filter.valueLabel} <span aria-hidden="true">×</span>
                <span className="visually-hidden"> (filter wissen)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {facets.length > 0 ? (
        <details className="search-filters">
          <summary className="search-filters__toggle">
            Filters{chosen > 0 ? ` (${chosen})` : ''}
            <span className="visually-hidden">{chosen > 0 ? ` gekozen: ${chosen}` : ''}, tonen of verbergen</span>
          </summary>
          <nav className="facets search-filters__panel" aria-label="Filters">
            {facets.map((facet) => (
              <div className="facet" key={facet.param}>
                <p className="facet__title" id={`facet-${facet.param}`}>
                  {facet.label}
                </p>
                <ul aria-labelledby={`facet-${facet.param}`}>
                  {facet.options.map((option) => (
                    <li key={option.value}>
                      <a className="utrecht-link" href={option.href} aria-current={option.active ? 'true' : undefined}>
                        {option.active ? <span className="visually-hidden">Filter wissen: </span> : null}
                        {option.label} <span className="facet__count">({option.count})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        </details>
      ) : null}
      {result.total === 0 ? emptyState : children}
      {result.pageCount > 1 ? (
        <nav aria-label="Paginering">
          <ul className="pagination">
            {Array.from({ length: result.pageCount }, (_, index) => index + 1).map((page) => (
              <li key={page}>
                {page === result.page ? (
                  <span aria-current="page">
                    <span className="visually-hidden">Pagina </span>
                    {page}
                  </span>
                ) : (
                  <a className="utrecht-link" href={result.pageHref(page)}>
                    <span className="visually-hidden">Pagina </span>
                    {page}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
