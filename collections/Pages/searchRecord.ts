import type { Page } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, urlOf } from '../../src/search/records/common'

export const buildPageRecord = (doc: Page): SearchRecord | null =>
  assemble({
    objectID: `pages:${doc.id}`,
    type: 'pagina',
    title: doc.title,
    url: urlOf('pages', doc),
    updatedAt: doc.updatedAt,
    summary: doc.summary,
    richText: doc.body,
  })
