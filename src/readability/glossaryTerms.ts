import type { Payload, PayloadRequest } from 'payload'

import type { JargonTerm } from './jargon'

/**
 * The published glossary terms the jargon check looks for. Read inside the save's request (and
 * transaction) when there is one; the terms are public, so no access check is needed.
 */
export async function loadJargonTerms(payload: Payload, req?: PayloadRequest): Promise<JargonTerm[]> {
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    where: { _status: { equals: 'published' } },
    select: { title: true, abbreviation: true },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs.map((doc) => ({ title: doc.title, abbreviation: doc.abbreviation ?? null }))
}
