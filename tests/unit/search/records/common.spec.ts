import { describe, expect, it } from 'vitest'

import { assemble, collectionPage, globalPage } from '../../../../src/search/records/common'

const body = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Wie doet wat' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'De jeugdbeschermer belt.' }] },
    ],
  },
}

const page = { id: 7, slug: 'overdracht', title: 'Overdracht', updatedAt: '2026-03-01T10:00:00.000Z', summary: 'Kort.', body }

describe('the parts a page’s record starts from', () => {
  it('names a collection document by collection and id, at the address its page has', () => {
    expect(collectionPage('working-methods', 'werkwijze', page)).toEqual({
      objectID: 'working-methods:7',
      type: 'werkwijze',
      title: 'Overdracht',
      url: '/werkwijzen/overdracht',
      updatedAt: '2026-03-01T10:00:00.000Z',
      summary: 'Kort.',
      richText: body,
    })
  })

  it('gives a local agreement the address on its region’s page', () => {
    const parts = collectionPage('local-agreements', 'lokale-afspraak', { ...page, region: { id: 1, slug: 'achterhoek' } })
    expect(parts.url).toBe('/regios/achterhoek#overdracht')
  })

  it('has no address (and so no record) for a document without a slug', () => {
    const parts = collectionPage('working-methods', 'werkwijze', { ...page, slug: null })
    expect(parts.url).toBeNull()
    expect(assemble(parts)).toBeNull()
  })

  it('names a global by its slug, at its fixed address', () => {
    const parts = globalPage('vision', 'visie', '/visie', page)
    expect(parts).toMatchObject({ objectID: 'global:vision', type: 'visie', url: '/visie', title: 'Overdracht' })
  })

  it('becomes a record with the body’s headings and text', () => {
    const record = assemble({ ...collectionPage('working-methods', 'werkwijze', page), keywords: ['WW'] })
    expect(record).toMatchObject({
      objectID: 'working-methods:7',
      summary: 'Kort.',
      keywords: ['WW'],
      headings: ['Wie doet wat'],
      body: 'Wie doet wat\nDe jeugdbeschermer belt.',
    })
  })
})
