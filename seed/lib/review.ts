import type { SourceDocument } from '../../src/fields/sources'
import { addDays, dayOnly, iso } from './dates'

export type Source = { document: SourceDocument; detail?: string }

export const source = (document: SourceDocument, detail?: string): Source =>
  detail ? { document, detail } : { document }

type ReviewInput = {
  /** Days before the seed run that the text was last reviewed. */
  reviewedDaysAgo: number
  /** Days between reviews; the next one is due this long after the last. */
  cycleDays?: number
  /** Change notes, newest first: how many days ago, and what changed. */
  notes: [daysAgo: number, note: string][]
}

/** The "Laatst herzien / Volgende herziening / Wijzigingen" fields every content type shows. */
export function review(now: Date, { reviewedDaysAgo, cycleDays = 365, notes }: ReviewInput) {
  const last = dayOnly(addDays(now, -reviewedDaysAgo))
  return {
    lastReviewedAt: iso(last),
    nextReviewDue: iso(addDays(last, cycleDays)),
    changeNotes: notes.map(([daysAgo, note]) => ({ date: iso(dayOnly(addDays(now, -daysAgo))), note })),
  }
}
