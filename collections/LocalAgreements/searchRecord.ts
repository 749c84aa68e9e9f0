import type { BuildingBlock, LocalAgreement, Organisation, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, linked, regionalFacets, urlOf } from '../../src/search/records/common'

export const buildLocalAgreementRecord = (doc: LocalAgreement): SearchRecord | null => {
  const regions = linked<Region>(doc.region)
  // The page lives on its region's page: without a published region there is nowhere to link to.
  if (regions.length === 0) return null
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const partners = linked<Organisation>(doc.partners)
  return assemble({
    objectID: `local-agreements:${doc.id}`,
    type: 'lokale-afspraak',
    title: doc.title,
    url: urlOf('local-agreements', { ...doc, region: regions[0] }),
    updatedAt: doc.updatedAt,
    summary: doc.summary,
    richText: doc.body,
    ...regionalFacets(doc, regions, blocks, partners),
  })
}
