import type { BuildingBlock, Organisation, Region, Training } from '../../payload-types'
import { TRAINING_FORMATS } from '../../src/constants/taxonomy'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, numbersOf, slugsOf, titlesOf } from '../../src/search/records/common'
import { audienceLabel } from '../../src/search/records/labels'

export const buildTrainingRecord = (doc: Training): SearchRecord | null => {
  const regions = linked<Region>(doc.regions)
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const providers = linked<Organisation>(doc.provider)
  return assemble({
    ...collectionPage('trainings', 'scholing', doc),
    text: [doc.durationText, doc.costs, typeof doc.skjPoints === 'number' ? `${doc.skjPoints} SKJ-punten` : ''],
    tags: [
      ...titlesOf(providers),
      TRAINING_FORMATS[doc.format] ?? '',
      ...titlesOf(regions),
      ...titlesOf(blocks),
      ...(doc.audiences ?? []).map(audienceLabel),
      'training',
      'scholing',
    ],
    regions: slugsOf(regions),
    buildingBlocks: numbersOf(blocks),
    audiences: doc.audiences ?? [],
  })
}
