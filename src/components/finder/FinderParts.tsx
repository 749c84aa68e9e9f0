import type { ReactNode } from 'react'

import type { FacetResult, FinderResult } from '@/lib/finder'

/**
 * The pieces every finder and /zoeken show alike. All state is in the URL: each option, chosen
 * filter and page is a plain link, so they work without JavaScript and the back button restores them.
 */

/** One facet: its name and its options as links; a chosen option links to the list without it. */
export function Facet({ facet }: { facet: FacetResult }) {
  return (
    <div className="facet">
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
  )
}

/** The chosen filters, each a link that removes it; nothing when none is chosen. */
export function ActiveFilters({ active }: { active: FinderResult<unknown>['active'] }) {
  if (active.length === 0) return null
  return (
    <ul className="active-filters" aria-label="Gekozen filters">
      {active.map((filter) => (
        <li key={`${filter.param}=${filter.value ?? ''}`}>
          <a className="badge utrecht-link" href={filter.removeHref}>
            {filter.label}: {filter.valueLabel} <span aria-hidden="true">×</span>
            <span className="visually-hidden"> (filter wissen)</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/** Links to every page of the results; nothing when they fit on one. */
export function Pagination({
  page,
  pageCount,
  pageHref,
}: Pick<FinderResult<unknown>, 'page' | 'pageCount' | 'pageHref'>) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Paginering">
      <ul className="pagination">
        {Array.from({ length: pageCount }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page">
                <span className="visually-hidden">Pagina </span>
                {number}
              </span>
            ) : (
              <a className="utrecht-link" href={pageHref(number)}>
                <span className="visually-hidden">Pagina </span>
                {number}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

type NoMatchesProps = { noun: string } & (
  { showAll: string; children?: never } | { showAll?: never; children: ReactNode }
)

/**
 * A finder's empty state: no results with the chosen filters, then where to go instead: `children`,
 * or else a link to the finder without filters (`showAll`). Each sentence is one text node, as it
 * was when each finder wrote it out.
 */
export function NoMatches({ noun, showAll, children }: NoMatchesProps) {
  return (
    <p className="utrecht-paragraph">
      {`Geen ${noun} met deze filters. `}
      {children ?? (
        <>
          <a className="utrecht-link" href={showAll}>
            {`Toon alle ${noun}`}
          </a>
          .
        </>
      )}
    </p>
  )
}
