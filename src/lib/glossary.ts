import type { Payload } from 'payload'

import { cachedForVisitors } from './cache'

export type GlossaryEntry = { slug: string; title: string; abbreviation?: string | null; definition: string }

export type GlossaryMatcher = { pattern: RegExp; byKey: Map<string, GlossaryEntry> }

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Published glossary terms, as visitors see them. */
export function loadGlossary(payload: Payload): Promise<GlossaryEntry[]> {
  return cachedForVisitors(['glossary'], () => readGlossary(payload))
}

async function readGlossary(payload: Payload): Promise<GlossaryEntry[]> {
  const result = await payload.find({
    collection: 'glossary-terms',
    overrideAccess: false,
    user: null,
    limit: 1000,
    depth: 0,
    pagination: false,
    select: { slug: true, title: true, abbreviation: true, definition: true },
  })
  return result.docs
    .filter((doc) => doc.slug)
    .map((doc) => ({
      slug: doc.slug as string,
      title: doc.title,
      abbreviation: doc.abbreviation,
      definition: doc.definition,
    }))
}

/**
 * One regular expression over every term and abbreviation, longest first so "Veilig Thuis
 * Gelderland-Zuid" wins over "Veilig Thuis". Abbreviations match case-sensitively (OTS, not "ots"
 * inside a word); full terms case-insensitively on word boundaries.
 */
export function buildGlossaryMatcher(entries: GlossaryEntry[]): GlossaryMatcher | null {
  const byKey = new Map<string, GlossaryEntry>()
  for (const entry of entries) {
    if (entry.abbreviation && entry.abbreviation.length >= 2) byKey.set(entry.abbreviation, entry)
    if (entry.title.length >= 4) byKey.set(entry.title.toLowerCase(), entry)
  }
  if (byKey.size === 0) return null
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  return { pattern, byKey }
}

export function lookupTerm(matcher: GlossaryMatcher, found: string): GlossaryEntry | undefined {
  // Abbreviations are stored as written; a lower-case "ots" in running text is not the term.
  return (
    matcher.byKey.get(found) ?? (found === found.toUpperCase() ? undefined : matcher.byKey.get(found.toLowerCase()))
  )
}
