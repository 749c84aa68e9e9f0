import { lexicalToText } from '../search/records/lexical'

/** The fields an editor writes running text in, whose readability is scored. */
export type ScoredFields = { summary?: unknown; body?: unknown; definition?: unknown }

/**
 * The running text of a document as a reader meets it: summary, then the body (rich text) without
 * its headings, one paragraph or list item a line. Headings are left out because a two-word
 * heading would count as a short, easy sentence. Glossary terms have a definition instead of a body.
 */
export function documentText({ summary, body, definition }: ScoredFields): string {
  const parts: string[] = []
  if (typeof summary === 'string' && summary.trim()) parts.push(summary.trim())
  if (typeof definition === 'string' && definition.trim()) parts.push(definition.trim())
  if (body && typeof body === 'object') {
    const { headings, text } = lexicalToText(body)
    const headingSet = new Set(headings)
    parts.push(...text.split('\n').filter((line) => line.trim() && !headingSet.has(line.trim())))
  }
  return parts.join('\n')
}
