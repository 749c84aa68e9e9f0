import type { Region } from '../../payload-types'
import { CONTACT_POINT_KINDS } from '../../src/constants/taxonomy'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage } from '../../src/search/records/common'

// "Overig" is not a word anyone searches a region by.
const kindText = (kind: string) => (kind === 'overig' ? '' : CONTACT_POINT_KINDS[kind])

export const buildRegionRecord = (doc: Region): SearchRecord | null => {
  const contacts = doc.contactPoints ?? []
  return assemble({
    ...collectionPage('regions', 'regio', doc),
    headings: contacts.map((c) => c.name),
    text: contacts.flatMap((c) => [kindText(c.kind), c.description, c.hours]),
    // Someone who works in Ede types "Ede", not "FoodValley".
    tags: doc.municipalities ?? [],
    regions: doc.slug ? [doc.slug] : [],
  })
}
