import type { Payload, PayloadRequest } from 'payload'

import { BASE_SYNONYMS, glossaryGroups, mergeSynonymGroups } from '../synonyms'
import type { SynonymGroup } from '../types'
import { visitorRequest } from './load'

/** The built-in abbreviations plus every published glossary term's names. */
export async function loadSynonyms(payload: Payload, req?: Partial<PayloadRequest>): Promise<SynonymGroup[]> {
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    depth: 0,
    draft: false,
    overrideAccess: false,
    user: null,
    pagination: false,
    select: { slug: true, title: true, abbreviation: true, synonyms: true, alsoSearchedAs: true },
    req: visitorRequest(req),
  })
  return mergeSynonymGroups([...glossaryGroups(docs), ...BASE_SYNONYMS])
}
