import type { Organisation, Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, linked, slugsOf, titlesOf, urlOf } from '../../src/search/records/common'
import { organisationTypeLabel } from '../../src/search/records/labels'

export const buildOrganisationRecord = (doc: Organisation): SearchRecord | null => {
  const regions = linked<Region>(doc.regions)
  return assemble({
    objectID: `organisations:${doc.id}`,
    type: 'organisatie',
    title: doc.title,
    url: urlOf('organisations', doc),
    updatedAt: doc.updatedAt,
    summary: doc.summary,
    richText: doc.body,
    keywords: [doc.abbreviation],
    tags: [organisationTypeLabel(doc.type), ...titlesOf(regions)],
    regions: slugsOf(regions),
  })
}
