import { describe, expect, it } from 'vitest'

import type { Taxonomies } from '../../../src/lib/content'
import { buildingBlockFacet, regionFacet } from '../../../src/lib/facets'
import { allParams, firstParam, hrefWith, idOf, idsOf, runFinder } from '../../../src/lib/finder'

type Doc = { id: number; title: string; regions: unknown[]; block: unknown }

const regions = [
  { id: 1, slug: 'achterhoek', title: 'Achterhoek' },
  { id: 2, slug: 'rivierenland', title: 'Rivierenland' },
  { id: 3, slug: 'noord-veluwe', title: 'Noord-Veluwe' },
]
const buildingBlocks = [
  { id: 20, number: 2, title: 'Samen beslissen' },
  { id: 10, number: 10, title: 'Tiende' },
  { id: 30, number: 3, title: 'Lokale aanpak' },
]
const taxonomies = {
  regions,
  buildingBlocks,
  organisations: [],
  regionById: new Map(regions.map((r) => [String(r.id), r])),
  buildingBlockById: new Map(buildingBlocks.map((b) => [String(b.id), b])),
  organisationById: new Map(),
} as unknown as Taxonomies

const docs: Doc[] = [
  { id: 1, title: 'Een', regions: [1], block: [20] },
  { id: 2, title: 'Twee', regions: [{ id: 2, title: 'Rivierenland' }], block: [30] },
  { id: 3, title: 'Drie', regions: [1, 2], block: [{ id: 30 }] },
  { id: 4, title: 'Vier', regions: [], block: [10] },
  { id: 5, title: 'Vijf', regions: [99], block: [] },
]
const facets = [
  { ...regionFacet<Doc>(taxonomies, (doc) => doc.regions), multiple: true },
  buildingBlockFacet<Doc>(taxonomies, (doc) => doc.block),
]
const find = (searchParams: Record<string, string | string[]>, perPage = 12) =>
  runFinder({ docs, facets, searchParams, basePath: '/werkwijzen', perPage, extraParams: ['sorteer'] })

describe('finder facets', () => {
  it('labels regions by title and building blocks by number and title, in numeric order', () => {
    const result = find({})
    const [region, block] = result.facets
    expect(region!.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['99', '99', 1],
      ['achterhoek', 'Achterhoek', 2],
      ['rivierenland', 'Rivierenland', 2],
    ])
    expect(block!.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['2', '2. Samen beslissen', 1],
      ['3', '3. Lokale aanpak', 2],
      ['10', '10. Tiende', 1],
    ])
  })

  it('widens within a facet that takes several values and narrows across facets', () => {
    expect(find({ regio: 'achterhoek' }).items.map((d) => d.id)).toEqual([1, 3])
    expect(find({ regio: ['achterhoek', 'rivierenland'] }).items.map((d) => d.id)).toEqual([1, 2, 3])
    expect(find({ regio: ['achterhoek', 'rivierenland'], bouwsteen: '3' }).items.map((d) => d.id)).toEqual([2, 3])
    // One value only for a single-value facet: the first.
    expect(find({ bouwsteen: ['2', '3'] }).items.map((d) => d.id)).toEqual([1])
  })

  it('counts each facet with the other filters on and its own off, and keeps a chosen value with no results', () => {
    const result = find({ regio: 'noord-veluwe', bouwsteen: '3' })
    expect(result.total).toBe(0)
    const [region, block] = result.facets
    expect(Object.fromEntries(region!.options.map((o) => [o.value, o.count]))).toEqual({ achterhoek: 1, rivierenland: 2, 'noord-veluwe': 0 })
    expect(region!.options.find((o) => o.value === 'noord-veluwe')!.active).toBe(true)
    // Nothing in Noord-Veluwe: the chosen building block stays on offer, with nothing behind it.
    expect(block!.options.map((o) => [o.value, o.count, o.active])).toEqual([['3', 0, true]])
  })

  it('gives links that switch one value on or off and keep the rest of the view', () => {
    const result = find({ regio: 'achterhoek', sorteer: 'nieuwste', pagina: '1' })
    const [region] = result.facets
    expect(region!.options.find((o) => o.value === 'rivierenland')!.href).toBe('/werkwijzen?regio=achterhoek&regio=rivierenland&sorteer=nieuwste')
    expect(region!.options.find((o) => o.value === 'achterhoek')!.href).toBe('/werkwijzen?sorteer=nieuwste')
    expect(result.active).toEqual([
      { param: 'regio', value: 'achterhoek', label: 'Regio', valueLabel: 'Achterhoek', removeHref: '/werkwijzen?sorteer=nieuwste' },
    ])
  })

  it('pages, clamping a page out of range', () => {
    expect(find({}, 2)).toMatchObject({ total: 5, page: 1, pageCount: 3 })
    expect(find({ pagina: '3' }, 2).items.map((d) => d.id)).toEqual([5])
    expect(find({ pagina: '99' }, 2).page).toBe(3)
    expect(find({ pagina: '-4' }, 2).page).toBe(1)
    expect(find({ pagina: 'x' }, 2).page).toBe(1)
    expect(find({ regio: 'achterhoek' }, 1).pageHref(2)).toBe('/werkwijzen?regio=achterhoek&pagina=2')
    expect(find({ regio: 'achterhoek' }, 1).pageHref(1)).toBe('/werkwijzen?regio=achterhoek')
  })
})

describe('finder parameters', () => {
  it('reads the first value, bounded in length', () => {
    expect(firstParam({ a: ['x', 'y'] }, 'a')).toBe('x')
    expect(firstParam({ a: 'x'.repeat(121) }, 'a')).toBeUndefined()
    expect(firstParam({}, 'a')).toBeUndefined()
  })

  it('reads repeated values once each, at most twenty', () => {
    expect(allParams({ a: ['x', 'x', '', 'y'] }, 'a')).toEqual(['x', 'y'])
    expect(allParams({ a: Array.from({ length: 30 }, (_, i) => `v${i}`) }, 'a')).toHaveLength(20)
    expect(allParams({ a: 'x' }, 'a')).toEqual(['x'])
  })

  it('writes links without empty values', () => {
    expect(hrefWith('/x', { a: ['1', '2'], b: undefined, c: '' })).toBe('/x?a=1&a=2')
    expect(hrefWith('/x', {})).toBe('/x')
  })

  it('takes the id of a relationship value, populated or not', () => {
    expect(idOf(4)).toBe('4')
    expect(idOf({ id: 'abc', title: 'x' })).toBe('abc')
    expect(idOf({ title: 'zonder id' })).toBeNull()
    expect(idOf(null)).toBeNull()
    expect(idsOf([1, { id: 2 }, null, { x: 1 }])).toEqual(['1', '2'])
    expect(idsOf('geen lijst')).toEqual([])
  })
})
