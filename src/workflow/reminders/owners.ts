import type { Payload, Where } from 'payload'

import { relationId } from '../../access/types'
import type { OverdueItem } from './overdue'

export type Owner = { id: number | string; email: string; name: string | null }

const REGIONAL = new Set(['local-agreements', 'pilots'])

async function usersWhere(payload: Payload, where: Where): Promise<Owner[]> {
  const { docs } = await payload.find({ collection: 'users', where, depth: 0, limit: 100, overrideAccess: true })
  return docs.map((user) => ({ id: user.id, email: user.email, name: (user as { name?: string | null }).name ?? null }))
}

/** Who is asked to review: whoever looks after this kind of content, as narrowly as it is known. */
function responsible(item: OverdueItem): Where | null {
  const { doc, target } = item
  const review = doc.review as { lastAuthor?: unknown } | undefined
  const author = relationId(review?.lastAuthor)
  if (author !== null) return { and: [{ id: { equals: author } }, { role: { in: ['redacteur', 'admin'] } }] }
  if (REGIONAL.has(target)) {
    const region = relationId(doc.region)
    return region === null ? null : { and: [{ role: { equals: 'regioredacteur' } }, { region: { equals: region } }] }
  }
  if (target === 'regions') return { and: [{ role: { equals: 'regioredacteur' } }, { region: { equals: doc.id } }] }
  if (target === 'vacancies') {
    const organisation = relationId(doc.organisation)
    return organisation === null ? null : { and: [{ role: { equals: 'werver' } }, { organisation: { equals: organisation } }] }
  }
  if (target === 'trainings') {
    const trainers = (Array.isArray(doc.trainers) ? doc.trainers : []).map((t) => relationId(t)).filter((t) => t !== null)
    return trainers.length ? { id: { in: trainers } } : null
  }
  return null
}

/**
 * The owner of an overdue item: its last author; else the editors of its region, organisation or
 * training; else the redacteuren; and when there are none, the admins, so nothing goes unasked.
 */
export async function ownersOf(payload: Payload, item: OverdueItem): Promise<Owner[]> {
  const narrow = responsible(item)
  if (narrow) {
    const owners = await usersWhere(payload, narrow)
    if (owners.length) return owners
  }
  const editors = await usersWhere(payload, { role: { equals: 'redacteur' } })
  return editors.length ? editors : usersWhere(payload, { role: { equals: 'admin' } })
}
