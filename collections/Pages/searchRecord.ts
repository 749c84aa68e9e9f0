import type { Page } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage } from '../../src/search/records/common'

export const buildPageRecord = (doc: Page): SearchRecord | null =>
  assemble({
    ...collectionPage('pages', 'pagina', doc),
  })
