import type { Taxonomies } from './content'
import { type FacetDefinition, idsOf } from './finder'

/** The facets every finder shares, so "Regio" and "Bouwsteen" look and behave the same everywhere. */

/** Region facet by slug (readable in the URL); `regions` gives a document's region relations. */
export function regionFacet<T>(taxonomies: Taxonomies, regions: (doc: T) => unknown): FacetDefinition<T> {
  return {
    param: 'regio',
    label: 'Regio',
    values: (doc) => {
      const value = regions(doc)
      return idsOf(Array.isArray(value) ? value : [value]).map((id) => taxonomies.regionById.get(id)?.slug ?? id)
    },
    labelOf: (slug) => taxonomies.regions.find((r) => r.slug === slug)?.title ?? slug,
  }
}

/** Building-block facet by number (1–8), in numeric order. */
export function buildingBlockFacet<T>(taxonomies: Taxonomies, blocks: (doc: T) => unknown): FacetDefinition<T> {
  return {
    param: 'bouwsteen',
    label: 'Bouwsteen',
    values: (doc) => idsOf(blocks(doc)).map((id) => String(taxonomies.buildingBlockById.get(id)?.number ?? id)),
    labelOf: (n) => {
      const block = taxonomies.buildingBlocks.find((b) => String(b.number) === n)
      return block ? `${block.number}. ${block.title}` : n
    },
    order: (a, b) => Number(a) - Number(b),
  }
}
