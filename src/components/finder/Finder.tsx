import type { ReactNode } from 'react'

import type { FinderResult } from '@/lib/finder'

type Props<T> = {
  result: FinderResult<T>
  /** Plural noun for the count line: "12 werkwijzen". */
  noun: { one: string; many: string }
  children: ReactNode
  emptyState: ReactNode
}

/** Facets beside the results, all state in the URL so a link or the back button restores it. */
export function Finder<T>({ result, noun, children, emptyState }: Props<T>) {
  return (
    <div className="finder">
      <nav className="facets" aria-labelledby="filters-kop">
        <h2 id="filters-kop" className="utrecht-heading-2">
          Filteren
        </h2>
        {result.facets.map((facet) =>
          facet.options.length === 0 ? null : (
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
          ),
        )}
      </nav>
      <div>
        <p className="finder__summary" role="status">
          {result.total} {result.total === 1 ? noun.one : noun.many}
          {result.active.length > 0 ? ' met de gekozen filters' : ''}
        </p>
        {result.active.length > 0 ? (
          <ul className="active-filters" aria-label="Gekozen filters">
            {result.active.map((filter) => (
              <li key={`${filter.param}=${filter.value ?? ''}`}>
                <a className="badge utrecht-link" href={filter.removeHref}>
                  {filter.label}: {filter.valueLabel} <span aria-hidden="true">×</span>
                  <span className="visually-hidden"> (filter wissen)</span>
                </a>
              </li>
            ))}
          </ul>
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
    </div>
  )
}
