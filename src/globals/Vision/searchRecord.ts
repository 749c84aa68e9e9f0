import type { Vision } from '../../../payload-types'
import type { SearchRecord } from '../../search/types'
import { assemble } from '../../search/records/common'

export const buildVisionRecord = (doc: Vision): SearchRecord | null => {
  const values = doc.coreValues ?? []
  return assemble({
    objectID: 'global:vision',
    type: 'visie',
    title: doc.title,
    url: '/visie',
    updatedAt: doc.updatedAt,
    summary: doc.summary,
    richText: doc.body,
    keywords: ['visie', 'kernwaarden'],
    headings: values.map((v) => v.title),
    text: [doc.aim, ...values.map((v) => v.description), ...(doc.adoptedBy ?? [])],
    buildingBlocks: [],
  })
}
