import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Finder } from '../../../../src/components/finder/Finder'
import { SearchResults } from '../../../../src/components/search/SearchResults'
import type { FinderResult } from '../../../../src/lib/finder'

/** Two filters chosen (twice the same parameter), page 2 of 3, one facet with a chosen option. */
const result: FinderResult<string> = {
  items: ['a'],
  total: 25,
  page: 2,
  pageCount: 3,
  facets: [
    {
      param: 'regio',
      label: 'Regio',
      options: [
        { value: 'achterhoek', label: 'Achterhoek', count: 4, href: '/werkwijzen?regio=achterhoek', active: true },
        { value: 'veluwe', label: 'Veluwe', count: 2, href: '/werkwijzen?regio=achterhoek&regio=veluwe', active: false },
      ],
    },
    { param: 'leeg', label: 'Leeg', options: [] },
  ],
  active: [
    { param: 'regio', value: 'achterhoek', label: 'Regio', valueLabel: 'Achterhoek', removeHref: '/werkwijzen' },
    { param: 'voor', value: 'gi', label: 'Voor', valueLabel: 'Gecertificeerde instelling', removeHref: '/werkwijzen?regio=achterhoek' },
  ],
  pageHref: (page) => `/werkwijzen?regio=achterhoek&pagina=${page}`,
}

const list = h('p', null, 'De lijst')
const empty = h('p', null, 'Niets')
const finder = renderToStaticMarkup(h(Finder<string>, { result, noun: { one: 'werkwijze', many: 'werkwijzen' }, emptyState: empty, children: list }))
const search = renderToStaticMarkup(h(SearchResults<string>, { result, summary: '25 resultaten', emptyState: empty, children: list }))

const pages = (html: string) => html.match(/<nav aria-label="Paginering">.*?<\/nav>/)?.[0]
const chosen = (html: string) => html.match(/<ul class="active-filters".*?<\/ul>/)?.[0]
const facet = (html: string) => html.match(/<div class="facet">.*?<\/div>/)?.[0]

describe('the finders’ shared parts: facets, chosen filters, pages (src/components/finder/FinderParts.tsx)', () => {
  it('links every page but the current one, which is marked', () => {
    const nav = pages(finder)!
    expect(nav).toContain('<li><span aria-current="page"><span class="visually-hidden">Pagina </span>2</span></li>')
    expect(nav).toContain('href="/werkwijzen?regio=achterhoek&amp;pagina=1"><span class="visually-hidden">Pagina </span>1</a>')
    expect(nav).toContain('href="/werkwijzen?regio=achterhoek&amp;pagina=3"')
    expect(nav).not.toContain('pagina=2')
  })

  it('offers each chosen filter as a link that removes it', () => {
    expect(chosen(finder)).toBe(
      '<ul class="active-filters" aria-label="Gekozen filters">' +
        '<li><a class="badge utrecht-link" href="/werkwijzen">Regio: Achterhoek <span aria-hidden="true">×</span><span class="visually-hidden"> (filter wissen)</span></a></li>' +
        '<li><a class="badge utrecht-link" href="/werkwijzen?regio=achterhoek">Voor: Gecertificeerde instelling <span aria-hidden="true">×</span><span class="visually-hidden"> (filter wissen)</span></a></li></ul>',
    )
  })

  it('names a facet, counts its options and marks the chosen one as the link that clears it', () => {
    expect(facet(finder)).toBe(
      '<div class="facet"><p class="facet__title" id="facet-regio">Regio</p><ul aria-labelledby="facet-regio">' +
        '<li><a class="utrecht-link" href="/werkwijzen?regio=achterhoek" aria-current="true"><span class="visually-hidden">Filter wissen: </span>Achterhoek <span class="facet__count">(4)</span></a></li>' +
        '<li><a class="utrecht-link" href="/werkwijzen?regio=achterhoek&amp;regio=veluwe">Veluwe <span class="facet__count">(2)</span></a></li></ul></div>',
    )
    // A facet without options is left out.
    expect(finder).not.toContain('facet-leeg')
  })

  it('shows the same parts on /zoeken as on the finders', () => {
    expect(pages(search)).toBe(pages(finder))
    expect(chosen(search)).toBe(chosen(finder))
    expect(facet(search)).toBe(facet(finder))
  })

  it('shows no page links and no chosen filters when there is one page and no filter', () => {
    const plain = renderToStaticMarkup(
      h(Finder<string>, { result: { ...result, pageCount: 1, page: 1, active: [] }, noun: { one: 'werkwijze', many: 'werkwijzen' }, emptyState: empty, children: list }),
    )
    expect(plain).not.toContain('Paginering')
    expect(plain).not.toContain('active-filters')
    expect(plain).toContain('25 werkwijzen</p>')
  })
})
