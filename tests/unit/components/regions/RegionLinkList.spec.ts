import { createElement as h, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LinkList } from '../../../../src/components/content/LinkList'
import { RegionLinkList } from '../../../../src/components/regions/RegionLinkList'

const trainings = [
  { id: 1, slug: 'veiligheid', title: 'Veiligheid', next: '3 maart 2027' },
  { id: 2, slug: 'ots', title: 'Ondertoezichtstelling', next: undefined },
]

/** The region page's list as it was written out before: the markup must not change. */
const writtenOut = (items: typeof trainings) =>
  h(LinkList, {
    id: 'scholing',
    title: 'Scholing in deze regio',
    empty: h(
      Fragment,
      null,
      'Nu geen scholing speciaal voor deze regio. ',
      h('a', { className: 'utrecht-link', href: '/scholing' }, 'Alle scholing'),
    ),
    items: items.map((training) => ({
      href: `/scholing/${training.slug}`,
      label: training.title,
      meta: training.next ? `eerstvolgende sessie ${training.next}` : undefined,
    })),
  })

const shared = (docs: typeof trainings) =>
  h(RegionLinkList<(typeof trainings)[number]>, {
    id: 'scholing',
    title: 'Scholing in deze regio',
    collection: 'trainings',
    docs,
    meta: (training) => (training.next ? `eerstvolgende sessie ${training.next}` : undefined),
    none: 'Nu geen scholing speciaal voor deze regio.',
    all: 'Alle scholing',
  })

describe('RegionLinkList (src/components/regions)', () => {
  it('links each document to its page under the collection, with its line of detail', () => {
    const html = renderToStaticMarkup(shared(trainings))
    expect(html).toBe(renderToStaticMarkup(writtenOut(trainings)))
    expect(html).toContain('<a class="utrecht-link" href="/scholing/veiligheid">Veiligheid</a>')
    expect(html).toContain('<span class="link-list__meta"> – eerstvolgende sessie 3 maart 2027</span>')
  })

  it('an empty list says so and links to all of them', () => {
    const html = renderToStaticMarkup(shared([]))
    expect(html).toBe(renderToStaticMarkup(writtenOut([])))
    expect(html).toContain(
      '<p class="utrecht-paragraph">Nu geen scholing speciaal voor deze regio. <a class="utrecht-link" href="/scholing">Alle scholing</a></p>',
    )
  })
})
