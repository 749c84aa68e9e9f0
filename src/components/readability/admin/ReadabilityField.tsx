import type { Payload } from 'payload'

import { loadJargonTerms } from '../../../readability/glossaryTerms'
import { targetFor } from '../../../readability/targets'
import { ReadabilityPanel } from './ReadabilityPanel'

type Props = { payload: Payload; collectionSlug?: string }

/**
 * The sidebar field of `readability` (src/fields/readability.ts): loads what the browser needs
 * (the collection's target and the glossary terms) and hands over to the live panel.
 */
export async function ReadabilityField({ payload, collectionSlug }: Props) {
  const target = collectionSlug ? targetFor(collectionSlug) : null
  if (!target) return null
  const terms = collectionSlug === 'glossary-terms' ? [] : await loadJargonTerms(payload)
  return <ReadabilityPanel target={target} terms={terms} />
}
