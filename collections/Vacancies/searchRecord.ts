import type { Organisation, Region, Vacancy } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage, linked, slugsOf, titlesOf } from '../../src/search/records/common'

/** The vacancy closes at the end of its closing day (Dutch time is close enough at day level). */
function closesAt(closingDate: string): number | undefined {
  const day = new Date(closingDate)
  if (Number.isNaN(day.getTime())) return undefined
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59)
}

export const buildVacancyRecord = (doc: Vacancy): SearchRecord | null => {
  // A closed vacancy leaves search at once; its page stays, saying it is closed.
  if (doc.vacancyStatus === 'closed') return null
  const regions = linked<Region>(doc.regions)
  const organisations = linked<Organisation & { abbreviation?: string | null }>(doc.organisation)
  return assemble({
    ...collectionPage('vacancies', 'vacature', doc),
    keywords: [doc.function],
    text: [doc.howToApply, `Schaal ${doc.caoScale} cao Jeugdzorg`],
    tags: [
      ...titlesOf(organisations),
      ...organisations.map((o) => o.abbreviation),
      ...titlesOf(regions),
      'vacature',
      doc.jointRecruitment ? 'gezamenlijke werving' : '',
      doc.traineeship ? 'traineeship' : '',
      doc.skjRequired ? 'SKJ-registratie' : '',
    ],
    regions: slugsOf(regions),
    expiresAt: closesAt(doc.closingDate),
  })
}
