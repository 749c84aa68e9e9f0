import type { CollectionConfig, Where } from 'payload'

import { ownTrainer, scoped } from '../../src/access/scoped'
import { withTrainerData } from '../../src/access/trainerOwns'

const trainerOfSession = scoped({ all: ['redacteur'], role: 'trainer', where: ownTrainer('training.trainers') })

/** A session is public when its training is. */
const publishedTraining: Where = { 'training._status': { equals: 'published' } }

export const access: CollectionConfig['access'] = {
  read: async (args) => {
    const editor = await trainerOfSession(args)
    if (editor === true) return true
    return editor === false ? publishedTraining : { or: [publishedTraining, editor] }
  },
  create: withTrainerData(scoped({ all: ['redacteur'], role: 'trainer', where: () => ({}) }), 'training'),
  update: withTrainerData(trainerOfSession, 'training'),
  delete: trainerOfSession,
}
