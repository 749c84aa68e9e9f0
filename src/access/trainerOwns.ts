import type { Access, PayloadRequest } from 'payload'

import { type PortalUser, relationId } from './types'

type ID = number | string

/** Whether the user is one of the trainers of the training (as stored, whatever its status). */
export async function trainerOwnsTraining(req: PayloadRequest, trainingId: ID): Promise<boolean> {
  const user = req.user as PortalUser | null
  if (!user) return false
  const { totalDocs } = await req.payload.count({
    collection: 'trainings',
    where: { and: [{ id: { equals: trainingId } }, { trainers: { in: [user.id] } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Whether the session belongs to a training of this trainer. */
export async function trainerOwnsSession(req: PayloadRequest, sessionId: ID): Promise<boolean> {
  const user = req.user as PortalUser | null
  if (!user) return false
  const { totalDocs } = await req.payload.count({
    collection: 'training-sessions',
    where: { and: [{ id: { equals: sessionId } }, { 'training.trainers': { in: [user.id] } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A trainer's rule on existing documents says nothing about where the incoming data points: without
 * this a trainer could add a session to another trainer's training, or move a registration there.
 * The relation in the submitted data must be the trainer's own as well.
 */
export const withTrainerData =
  (base: Access, field: 'training' | 'session'): Access =>
  async (args) => {
    const result = await base(args)
    if (!result) return false
    if ((args.req.user as PortalUser | null)?.role !== 'trainer') return result
    const target = relationId((args.data as Record<string, PortalUser['region']> | undefined)?.[field])
    if (target === null) return result
    const owns = field === 'training' ? trainerOwnsTraining : trainerOwnsSession
    return (await owns(args.req, target)) ? result : false
  }
