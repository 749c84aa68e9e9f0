import type { GlossaryTerm } from '../../payload-types'
import type { SearchRecord } from '../../src/search/types'
import { assemble, urlOf } from '../../src/search/records/common'

export const buildGlossaryTermRecord = (doc: GlossaryTerm): SearchRecord | null =>
  assemble({
    objectID: `glossary-terms:${doc.id}`,
    type: 'begrip',
    title: doc.title,
    url: urlOf('glossary-terms', doc),
    updatedAt: doc.updatedAt,
    // The definition is what a visitor came for: it is the summary when there is none.
    summary: doc.summary || doc.definition,
    richText: doc.body,
    keywords: [doc.abbreviation, ...(doc.synonyms ?? [])],
    text: doc.summary ? [doc.definition] : [],
  })
