import type { GlossaryTerm } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, collectionPage } from '../../src/search/records/common'

export const buildGlossaryTermRecord = (doc: GlossaryTerm): SearchRecord | null =>
  assemble({
    ...collectionPage('glossary-terms', 'begrip', doc),
    // The definition is what a visitor came for: it is the summary when there is none.
    summary: doc.summary || doc.definition,
    keywords: [doc.abbreviation, ...(doc.synonyms ?? [])],
    text: doc.summary ? [doc.definition] : [],
  })
