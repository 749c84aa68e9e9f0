import type { Region } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage } from '../../src/search/records/common'

const CONTACT_KINDS: Record<string, string> = {
  ret: 'Regionaal Expertteam',
  jeugdbeschermingstafel: 'Jeugdbeschermingstafel',
  'veilig-thuis': 'Veilig Thuis',
  raad: 'Raad voor de Kinderbescherming',
  escalatie: 'Escalatie en doorbraak',
  overig: '',
}

export const buildRegionRecord = (doc: Region): SearchRecord | null => {
  const contacts = doc.contactPoints ?? []
  return assemble({
    ...collectionPage('regions', 'regio', doc),
    headings: contacts.map((c) => c.name),
    text: contacts.flatMap((c) => [CONTACT_KINDS[c.kind], c.description, c.hours]),
    // Someone who works in Ede types "Ede", not "FoodValley".
    tags: doc.municipalities ?? [],
    regions: doc.slug ? [doc.slug] : [],
  })
}
