import type { Organisation, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, slugsOf, titlesOf } from '../../src/search/records/common'
import { organisationTypeLabel } from '../../src/search/records/labels'

export const buildOrganisationRecord = (doc: Organisation): SearchRecord | null => {
  const regions = linked<Region>(doc.regions)
  return assemble({
    ...collectionPage('organisations', 'organisatie', doc),
    keywords: [doc.abbreviation],
    tags: [organisationTypeLabel(doc.type), ...titlesOf(regions)],
    regions: slugsOf(regions),
  })
}
