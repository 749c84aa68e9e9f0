import type { WorkingMethod } from '../../payload-types'
import type { Taxonomies } from '../lib/content'
import { buildingBlockFacet } from '../lib/facets'
import { type FacetDefinition, idOf } from '../lib/finder'
import { audienceLabel } from '../lib/labels'

/** The facets of /werkwijzen; its Atom feed of updates filters with the same ones. */
export function workingMethodFacets(taxonomies: Taxonomies): FacetDefinition<WorkingMethod>[] {
  const regionSlug = (id: string | null) => (id ? (taxonomies.regionById.get(id)?.slug ?? id) : 'gelderland')
  return [
    {
      param: 'regio',
      label: 'Geldt voor',
      values: (doc) => [doc.scope === 'regio' ? regionSlug(idOf(doc.region)) : 'gelderland'],
      labelOf: (value) =>
        value === 'gelderland' ? 'Heel Gelderland' : (taxonomies.regions.find((r) => r.slug === value)?.title ?? value),
    },
    buildingBlockFacet(taxonomies, (doc: WorkingMethod) => doc.buildingBlocks),
    { param: 'voor', label: 'Voor wie', values: (doc) => doc.audiences ?? [], labelOf: audienceLabel },
  ]
}
