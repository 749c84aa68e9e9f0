import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import type { AlertList, Training, TrainingSession, Vacancy, WorkingMethod } from '../../payload-types'
import { withSavepoint } from '../db/savepoint'
import { siteUrl } from '../lib/seo'
import { isVacancyClosed } from '../lib/vacancies'
import { taxonomiesOf, type VacancyFilters, vacancyMatches } from '../vacancies/finder'
import {
  type AlertChangeInput,
  type AlertFinderName,
  matchingFacetLists,
  publicationChanges,
  sessionChange,
} from './finders'

export type VacancyChange = { key: string; kind: 'new' | 'changed'; note?: string }

/**
 * What of this save subscribers hear about: the first publication of an open vacancy, and each
 * new change note that the editor marked "Melden aan abonnees". Anything else (typo fixes,
 * closing) is not news.
 */
export function vacancyChanges(doc: Vacancy, previous: Vacancy | undefined): VacancyChange[] {
  if (isVacancyClosed(doc)) return []
  return publicationChanges('vacancies', doc, previous)
}

/**
 * Records a change once (unique key) with the subscriber lists of its finder that it matches now.
 * Deliveries are made later, per subscription, by the digest runs.
 */
async function recordChange(
  payload: Payload,
  finder: AlertFinderName,
  change: AlertChangeInput,
  match: (lists: AlertList[]) => Promise<(number | string)[]>,
  req?: PayloadRequest,
): Promise<void> {
  // Inside the editor's save (req): the change is recorded exactly when the save commits.
  const count = () =>
    payload.count({ collection: 'alert-changes', where: { key: { equals: change.key } }, overrideAccess: true, req })
  if ((await count()).totalDocs > 0) return
  const lists = await payload.find({
    collection: 'alert-lists',
    where: { finder: { equals: finder } },
    pagination: false,
    limit: 10_000,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (lists.docs.length === 0) return
  const matched = await match(lists.docs)
  if (matched.length === 0) return
  try {
    // A savepoint of its own: after a failed insert the count below must still be able to read.
    await withSavepoint(req, () =>
      payload.create({
        collection: 'alert-changes',
        overrideAccess: true,
        depth: 0,
        req,
        data: {
          key: change.key,
          kind: change.kind,
          title: change.title,
          url: `${siteUrl()}${change.path}`,
          summary: change.summary ?? undefined,
          note: change.note,
          // Numbers on SQL databases, strings on MongoDB: stored as the adapter gave them.
          lists: matched as number[],
        },
      }),
    )
  } catch (error) {
    // Recorded by a concurrent save in the meantime: that record stands.
    if ((await count()).totalDocs === 0) throw error
  }
}

/** A vacancy's change, for the lists of /vacatures whose filters it matches. */
export async function recordVacancyChange(
  payload: Payload,
  doc: Vacancy,
  change: VacancyChange,
  req?: PayloadRequest,
): Promise<void> {
  await recordChange(
    payload,
    'vacatures',
    { ...change, title: doc.title, path: `/vacatures/${doc.slug}`, summary: doc.summary },
    async (lists) => {
      const visitor = { overrideAccess: false, user: null, draft: false, pagination: false, limit: 2000, depth: 0, req } as const
      const [regions, organisations] = await Promise.all([
        payload.find({ collection: 'regions', ...visitor }),
        payload.find({ collection: 'organisations', ...visitor }),
      ])
      const taxonomies = taxonomiesOf(regions.docs, organisations.docs)
      const plain = {
        ...doc,
        organisation: typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation,
      } as Vacancy
      return lists.filter((l) => vacancyMatches(plain, l.filters as VacancyFilters, taxonomies)).map((l) => l.id)
    },
    req,
  )
}

/**
 * Runs after a save and records what subscribers should hear. Never fails nor undoes the editor's
 * save: a failure is logged (the document still shows on the site and in the feeds; only the
 * e-mail about it is missed).
 */
async function safely(req: PayloadRequest, key: string, record: () => Promise<void>): Promise<void> {
  try {
    // Inside the save's transaction, but a failure here undoes only this (src/db/savepoint.ts).
    await withSavepoint(req, record)
  } catch (error) {
    req.payload.logger.error({ err: error, change: key }, 'alerts: could not record a change for subscribers')
  }
}

export const recordVacancyChangesHook: CollectionAfterChangeHook<Vacancy> = async ({ doc, previousDoc, req }) => {
  if (req.context?.seeding) return doc
  for (const change of vacancyChanges(doc, previousDoc)) {
    await safely(req, change.key, () => recordVacancyChange(req.payload, doc, change, req))
  }
  return doc
}

/**
 * New documents and marked changes to them, for the lists of their finder (`finder` is also the
 * first segment of the document's path).
 */
function recordPublicationChangesHook<T extends Training | WorkingMethod>(
  collection: 'trainings' | 'working-methods',
  finder: 'scholing' | 'werkwijzen',
): CollectionAfterChangeHook<T> {
  return async ({ doc, previousDoc, req }) => {
    if (req.context?.seeding) return doc
    for (const change of publicationChanges(collection, doc, previousDoc)) {
      await safely(req, change.key, () =>
        recordChange(
          req.payload,
          finder,
          { ...change, title: doc.title, path: `/${finder}/${doc.slug}`, summary: doc.summary },
          (lists) => matchingFacetLists(req.payload, finder, doc, lists, req),
          req,
        ),
      )
    }
    return doc
  }
}

/** New trainings and marked changes to them, for the lists of /scholing. */
export const recordTrainingChangesHook = recordPublicationChangesHook<Training>('trainings', 'scholing')

/** A new session of a published training, for the lists of /scholing that the training matches. */
export const recordSessionChangesHook: CollectionAfterChangeHook<TrainingSession> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.seeding || operation !== 'create') return doc
  const trainingId = typeof doc.training === 'object' ? doc.training.id : doc.training
  // find, not findByID: a refused findByID throws, and a throwing operation inside the save's own
  // transaction (req) rolls that transaction back, session and all.
  const found = await req.payload.find({
    collection: 'trainings',
    where: { id: { equals: trainingId } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
    draft: false,
    req,
  })
  const training = found.docs[0]
  const change = training ? sessionChange(doc, training, previousDoc?.id ? previousDoc : undefined) : null
  if (!training || !change) return doc
  await safely(req, change.key, () =>
    recordChange(req.payload, 'scholing', change, (lists) => matchingFacetLists(req.payload, 'scholing', training, lists, req), req),
  )
  return doc
}

/** New working methods and marked changes to them, for the lists of /werkwijzen. */
export const recordWorkingMethodChangesHook = recordPublicationChangesHook<WorkingMethod>('working-methods', 'werkwijzen')
