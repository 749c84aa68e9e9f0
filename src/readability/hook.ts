import type { CollectionBeforeChangeHook, TypeWithID } from 'payload'

import { assessReadability } from './assess'
import { documentText } from './documentText'
import { loadJargonTerms } from './glossaryTerms'
import { targetFor } from './targets'

export type StoredReadability = {
  score: number | null
  level: string | null
  target: string | null
  distance: number | null
}

type WithText = TypeWithID & { summary?: unknown; body?: unknown; definition?: unknown; readability?: StoredReadability | null }

/** A field as it will be saved: the incoming value, or the stored one when the change leaves it out. */
const pick = (data: Partial<WithText>, original: Partial<WithText> | undefined, key: 'summary' | 'body' | 'definition') =>
  key in data ? data[key] : original?.[key]

/**
 * Scores the text being saved (draft or publish) and stores the result with the document, so
 * every version carries it. Whatever a client sends for `readability` is replaced.
 */
export const storeReadability: CollectionBeforeChangeHook<WithText> = async ({ data, originalDoc, collection, req }) => {
  const target = targetFor(collection.slug)
  if (!target) return data
  const text = documentText({
    summary: pick(data, originalDoc, 'summary'),
    body: pick(data, originalDoc, 'body'),
    definition: pick(data, originalDoc, 'definition'),
  })
  // The glossary's own entries explain their term; they are not judged on using it.
  const terms = collection.slug === 'glossary-terms' || !text ? [] : await loadJargonTerms(req.payload, req)
  const result = assessReadability(text, { target, terms })
  data.readability = result
    ? { score: result.score, level: result.level, target, distance: result.distance }
    : { score: null, level: null, target, distance: null }
  return data
}
