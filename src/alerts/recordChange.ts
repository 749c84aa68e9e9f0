import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import type { AlertList, Vacancy } from '../../payload-types'
import { siteUrl } from '../lib/seo'
import { isVacancyClosed } from '../lib/vacancies'
import { taxonomiesOf, type VacancyFilters, vacancyMatches } from '../vacancies/finder'

export type VacancyChange = { key: string; kind: 'new' | 'changed'; note?: string }

/**
 * What of this save subscribers hear about: the first publication of an open vacancy, and each
 * new change note that the editor marked "Melden aan abonnees". Anything else (typo fixes,
 * closing) is not news.
 */
export function vacancyChanges(doc: Vacancy, previous: Vacancy | undefined): VacancyChange[] {
  if (doc._status !== 'published' || isVacancyClosed(doc)) return []
  if (previous?._status !== 'published') return [{ key: `vacancies:${doc.id}:new`, kind: 'new' }]
  const before = new Set((previous.changeNotes ?? []).map((n) => n.id))
  return (doc.changeNotes ?? [])
    .filter((note) => note.notifySubscribers && note.id && !before.has(note.id))
    .map((note) => ({ key: `vacancies:${doc.id}:note:${note.id}`, kind: 'changed' as const, note: note.note }))
}

/**
 * Records a change once (unique key) with the subscriber lists whose filters it matches now.
 * Deliveries are made later, per subscription, by the digest runs.
 */
export async function recordVacancyChange(
  payload: Payload,
  doc: Vacancy,
  change: VacancyChange,
  req?: PayloadRequest,
): Promise<void> {
  // Inside the editor's save (req): the change is recorded exactly when the save commits.
  const exists = await payload.count({
    collection: 'alert-changes',
    where: { key: { equals: change.key } },
    overrideAccess: true,
    req,
  })
  if (exists.totalDocs > 0) return
  const visitor = {
    overrideAccess: false,
    user: null,
    draft: false,
    pagination: false,
    limit: 2000,
    depth: 0,
    req,
  } as const
  const [regions, organisations, lists] = await Promise.all([
    payload.find({ collection: 'regions', ...visitor }),
    payload.find({ collection: 'organisations', ...visitor }),
    payload.find({
      collection: 'alert-lists',
      where: { finder: { equals: 'vacatures' } },
      pagination: false,
      limit: 10_000,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  const taxonomies = taxonomiesOf(regions.docs, organisations.docs)
  const plain = {
    ...doc,
    organisation: typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation,
  } as Vacancy
  const matched = lists.docs.filter((list: AlertList) =>
    vacancyMatches(plain, list.filters as VacancyFilters, taxonomies),
  )
  if (matched.length === 0) return
  try {
    await payload.create({
      collection: 'alert-changes',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        key: change.key,
        kind: change.kind,
        title: doc.title,
        url: `${siteUrl()}/vacatures/${doc.slug}`,
        summary: doc.summary ?? undefined,
        note: change.note,
        lists: matched.map((l) => l.id),
      },
    })
  } catch (error) {
    // Recorded by a concurrent save in the meantime: that record stands.
    const again = await payload.count({
      collection: 'alert-changes',
      where: { key: { equals: change.key } },
      overrideAccess: true,
      req,
    })
    if (again.totalDocs === 0) throw error
  }
}

/**
 * After a vacancy is saved. Never fails the editor's save: a failure is logged (the vacancy still
 * shows on the site and in the feeds; only the e-mail about it is missed).
 */
export const recordVacancyChangesHook: CollectionAfterChangeHook<Vacancy> = async ({ doc, previousDoc, req }) => {
  if (req.context?.seeding) return doc
  for (const change of vacancyChanges(doc, previousDoc)) {
    try {
      await recordVacancyChange(req.payload, doc, change, req)
    } catch (error) {
      req.payload.logger.error({ err: error, change: change.key }, 'alerts: could not record a change for subscribers')
    }
  }
  return doc
}
