import type { Vision } from '../../../payload-types'
import type { SearchRecord } from '../../search/types'
import { assemble, globalPage } from '../../search/records/common'

export const buildVisionRecord = (doc: Vision): SearchRecord | null => {
  const values = doc.coreValues ?? []
  return assemble({
    ...globalPage('vision', 'visie', '/visie', doc),
    keywords: ['visie', 'kernwaarden'],
    headings: values.map((v) => v.title),
    text: [doc.aim, ...values.map((v) => v.description), ...(doc.adoptedBy ?? [])],
    buildingBlocks: [],
  })
}
