import type { CollectionConfig } from 'payload'

import { draftedContentAccess } from '../../src/access/factories'
import { scoped, ownTrainer } from '../../src/access/scoped'

/** Redacteuren edit every training; a trainer the trainings they are a trainer of. */
const trainerOfTraining = scoped({ all: ['redacteur'], role: 'trainer', where: ownTrainer('trainers') })

export const access: CollectionConfig['access'] = {
  ...draftedContentAccess(trainerOfTraining),
  // A trainer may start a training; they become one of its trainers (see the hooks).
  create: scoped({ all: ['redacteur'], role: 'trainer', where: () => ({}) }),
}
