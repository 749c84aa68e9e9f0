/**
 * Shared content: the story all partners signed up to. A change to it goes live only after a
 * second redacteur has looked at it (vier-ogenprincipe). Glossary, pages, indicators and
 * organisations are reference material that a redacteur publishes directly.
 */
export const REVIEWED_COLLECTIONS = ['building-blocks', 'working-methods'] as const
export const REVIEWED_GLOBALS = ['vision', 'escalation-model'] as const

export function isReviewedCollection(slug: string): boolean {
  return (REVIEWED_COLLECTIONS as readonly string[]).includes(slug)
}

export function isReviewedGlobal(slug: string): boolean {
  return (REVIEWED_GLOBALS as readonly string[]).includes(slug)
}
