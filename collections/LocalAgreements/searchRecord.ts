import type { BuildingBlock, LocalAgreement, Organisation, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, regionalFacets } from '../../src/search/records/common'

export const buildLocalAgreementRecord = (doc: LocalAgreement): SearchRecord | null => {
  const regions = linked<Region>(doc.region)
  // The page lives on its region's page: without a published region there is nowhere to link to.
  if (regions.length === 0) return null
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const partners = linked<Organisation>(doc.partners)
  return assemble({
    ...collectionPage('local-agreements', 'lokale-afspraak', { ...doc, region: regions[0] }),
    ...regionalFacets(doc, regions, blocks, partners),
  })
}
