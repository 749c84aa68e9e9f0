import type { BuildingBlock, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, titlesOf } from '../../src/search/records/common'

export const buildBuildingBlockRecord = (doc: BuildingBlock): SearchRecord | null => {
  const progress = doc.progress ?? []
  const regions = linked<Region>(progress.map((p) => p.region))
  return assemble({
    ...collectionPage('building-blocks', 'bouwsteen', doc),
    // "bouwsteen 6" is how people refer to them.
    keywords: [`Bouwsteen ${doc.number}`],
    text: [doc.aim, doc.owner, doc.openQuestions, ...progress.map((p) => p.note)],
    tags: titlesOf(regions),
    buildingBlocks: [String(doc.number)],
  })
}
