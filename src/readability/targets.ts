import type { TargetLevel } from './levels'

/**
 * The language level each content type aims for: one table, so an editor, the admin panel, the
 * stored score and the dashboard agree. B1 for what parents and other non-professionals read;
 * professional (C1) for the agreements professionals work with every day.
 */
export const READABILITY_TARGETS = {
  // Pages: about the portal, privacy, help; read by parents as often as by professionals.
  pages: 'B1',
  // The glossary explains terms; an explanation has to be plainer than the term.
  'glossary-terms': 'B1',
  // A region page tells who to contact; vacancies and trainings are read by people who are not yet colleagues.
  regions: 'B2',
  vacancies: 'B2',
  trainings: 'C1',
  'working-methods': 'C1',
  'building-blocks': 'C1',
  'local-agreements': 'C1',
  pilots: 'C1',
} as const satisfies Record<string, TargetLevel>

export type ScoredCollection = keyof typeof READABILITY_TARGETS

export const SCORED_COLLECTIONS = Object.keys(READABILITY_TARGETS) as ScoredCollection[]

export function isScoredCollection(slug: string): slug is ScoredCollection {
  return Object.hasOwn(READABILITY_TARGETS, slug)
}

/** The target of a content type; null for types whose text is not scored. */
export function targetFor(collection: string): TargetLevel | null {
  return isScoredCollection(collection) ? READABILITY_TARGETS[collection] : null
}
