import type { ReactNode } from 'react'

import type { FinderResult } from '@/lib/finder'

import { ActiveFilters, Facet, Pagination } from './FinderParts'

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
        {result.facets.map((facet) => (facet.options.length === 0 ? null : <Facet key={facet.param} facet={facet} />))}
      </nav>
      <div>
        <p className="finder__summary" role="status">
          {result.total} {result.total === 1 ? noun.one : noun.many}
          {result.active.length > 0 ? ' met de gekozen filters' : ''}
        </p>
        <ActiveFilters active={result.active} />
        {result.total === 0 ? emptyState : children}
        <Pagination page={result.page} pageCount={result.pageCount} pageHref={result.pageHref} />
      </div>
    </div>
  )
}
