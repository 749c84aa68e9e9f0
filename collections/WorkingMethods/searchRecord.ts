import type { BuildingBlock, Region, WorkingMethod } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, numbersOf, slugsOf, titlesOf } from '../../src/search/records/common'
import { audienceLabel } from '../../src/search/records/labels'

export const buildWorkingMethodRecord = (doc: WorkingMethod): SearchRecord | null => {
  const regions = doc.scope === 'regio' ? linked<Region>(doc.region) : []
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const steps = doc.steps ?? []
  return assemble({
    ...collectionPage('working-methods', 'werkwijze', doc),
    headings: steps.map((step) => step.title),
    text: [...steps.flatMap((step) => [step.who, step.action, step.timeframe]), doc.parentInfo, doc.basis],
    tags: [...titlesOf(regions), ...titlesOf(blocks), ...(doc.audiences ?? []).map(audienceLabel)],
    regions: slugsOf(regions),
    buildingBlocks: numbersOf(blocks),
    audiences: doc.audiences ?? [],
  })
}
