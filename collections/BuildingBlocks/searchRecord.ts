import type { BuildingBlock, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, linked, titlesOf, urlOf } from '../../src/search/records/common'

export const buildBuildingBlockRecord = (doc: BuildingBlock): SearchRecord | null => {
  const progress = doc.progress ?? []
  const regions = linked<Region>(progress.map((p) => p.region))
  return assemble({
    objectID: `building-blocks:${doc.id}`,
    type: 'bouwsteen',
    title: doc.title,
    url: urlOf('building-blocks', doc),
    updatedAt: doc.updatedAt,
    summary: doc.summary,
    richText: doc.body,
    // "bouwsteen 6" is how people refer to them.
    keywords: [`Bouwsteen ${doc.number}`],
    text: [doc.aim, doc.owner, doc.openQuestions, ...progress.map((p) => p.note)],
    tags: titlesOf(regions),
    buildingBlocks: [String(doc.number)],
  })
}
