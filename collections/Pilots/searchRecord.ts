import type { BuildingBlock, Organisation, Pilot, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, linked, regionalFacets, urlOf } from '../../src/search/records/common'

export const buildPilotRecord = (doc: Pilot): SearchRecord | null => {
  const regions = linked<Region>(doc.region)
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const partners = linked<Organisation>(doc.partners)
  return assemble({
    objectID: `pilots:${doc.id}`,
    type: 'toekomsttuin',
    title: doc.title,
    url: urlOf('pilots', doc),
    updatedAt: doc.updatedAt,
    summary: doc.summary,
    richText: doc.body,
    text: [
      doc.aim,
      doc.approach,
      ...(doc.results ?? []).flatMap((r) => [r.label, r.note]),
      ...(doc.lessons ?? []).map((l) => l.lesson),
    ],
    ...regionalFacets(doc, regions, blocks, partners),
  })
}
