import type { BuildingBlock, Document, Region, WorkingMethod } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, numbersOf, slugsOf, titlesOf } from '../../src/search/records/common'

/**
 * A published document version that is in force (or a published concept): its metadata and the
 * text taken from the PDF. A retired ("vervallen") version leaves the index; its page still lists it.
 */
export const buildDocumentRecord = (doc: Document): SearchRecord | null => {
  if (doc.documentStatus === 'vervallen') return null
  const regions = linked<Region>(doc.regions)
  const blocks = linked<BuildingBlock>(doc.buildingBlocks)
  const methods = linked<WorkingMethod>(doc.workingMethods)
  return assemble({
    ...collectionPage('documents', 'document', doc),
    keywords: [`versie ${doc.version}`],
    text: [doc.changeNote, doc.adoptedBy, doc.extractedText],
    tags: [...titlesOf(regions), ...titlesOf(blocks), ...titlesOf(methods)],
    regions: slugsOf(regions),
    buildingBlocks: numbersOf(blocks),
  })
}
