import { documentUrlPath, REDIRECTED_COLLECTIONS, type RedirectedCollection } from '../redirects/paths'

/**
 * What a reader can leave feedback on: every content page. Collections by slug (their pages at
 * `<base>/<slug>`; local agreements are sections of their region's page, so they count there), and
 * the two globals with a page of their own.
 */
export const FEEDBACK_GLOBALS = { vision: '/visie', 'escalation-model': '/escalatiemodel' } as const

export type FeedbackGlobal = keyof typeof FEEDBACK_GLOBALS

export const FEEDBACK_TARGETS = [...REDIRECTED_COLLECTIONS, 'vision', 'escalation-model'] as const satisfies readonly (RedirectedCollection | FeedbackGlobal)[]

export type FeedbackTarget = RedirectedCollection | FeedbackGlobal

export const FEEDBACK_TARGET_LABELS: Record<FeedbackTarget, string> = {
  pages: 'Pagina',
  'building-blocks': 'Bouwsteen',
  'working-methods': 'Werkwijze',
  trainings: 'Training',
  vacancies: 'Vacature',
  regions: 'Regio (met lokale afspraken)',
  pilots: 'Toekomsttuin',
  vision: 'Visie',
  'escalation-model': 'Escalatiemodel',
}

export const isFeedbackGlobal = (target: string): target is FeedbackGlobal => target in FEEDBACK_GLOBALS

/** The public path of the page the feedback is about. */
export function feedbackPagePath(target: FeedbackTarget, slug: string | undefined): string {
  return isFeedbackGlobal(target) ? FEEDBACK_GLOBALS[target] : documentUrlPath(target, slug ?? '')
}
