import { describe, expect, it } from 'vitest'

import { pageMetadata } from '../../../src/lib/seo'

describe('pageMetadata (src/lib/seo.ts)', () => {
  it('title, the description cut at 300 characters, canonical URL and Open Graph', () => {
    expect(pageMetadata({ title: 'Scholing', description: 'x'.repeat(310), path: '/scholing' })).toEqual({
      title: 'Scholing',
      description: 'x'.repeat(300),
      alternates: { canonical: '/scholing' },
      openGraph: { title: 'Scholing', description: 'x'.repeat(300), url: '/scholing', type: 'article' },
    })
    expect(pageMetadata({ title: 'Leeg', description: '', path: '/leeg' }).description).toBeUndefined()
  })

  it('names the page’s Atom feed beside the canonical URL, and no feed when it has none', () => {
    const feed = { url: '/feeds/scholing.xml?regio=achterhoek', title: 'Scholing (Atom)' }
    expect(pageMetadata({ title: 'Scholing', path: '/scholing', feed }).alternates).toStrictEqual({
      canonical: '/scholing',
      types: { 'application/atom+xml': [feed] },
    })
    expect(pageMetadata({ title: 'Scholing', path: '/scholing' }).alternates).toStrictEqual({ canonical: '/scholing' })
  })
})
