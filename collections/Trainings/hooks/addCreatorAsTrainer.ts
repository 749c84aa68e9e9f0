import type { CollectionBeforeChangeHook } from 'payload'

import type { Training } from '../../../payload-types'
import { relationId } from '../../../src/lib/relations'

/** A trainer who creates a training is one of its trainers, so they can keep editing it. */
export const addCreatorAsTrainer: CollectionBeforeChangeHook<Training> = ({ data, operation, req }) => {
  if (operation !== 'create' || req.user?.role !== 'trainer') return data
  const trainers = Array.isArray(data.trainers) ? data.trainers : []
  return trainers.some((trainer) => relationId(trainer) === req.user?.id) ? data : { ...data, trainers: [...trainers, req.user.id] }
}
