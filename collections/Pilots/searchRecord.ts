import type { BuildingBlock, Organisation, Pilot, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, regionalFacets } from '../../src/search/records/common'

export const buildPilotRecord = (doc: Pilot): SearchRecord | null => {
  const regions = linked<Region>(doc.region)
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const partners = linked<Organisation>(doc.partners)
  return assemble({
    ...collectionPage('pilots', 'toekomsttuin', doc),
    text: [
      doc.aim,
      doc.approach,
      ...(doc.results ?? []).flatMap((r) => [r.label, r.note]),
      ...(doc.lessons ?? []).map((l) => l.lesson),
    ],
    ...regionalFacets(doc, regions, blocks, partners),
  })
}
