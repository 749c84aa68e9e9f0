import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { ownTrainer, scoped } from '../../src/access/scoped'

const trainerOfRegistration = scoped({ role: 'trainer', where: ownTrainer('training.trainers') })

export const access: CollectionConfig['access'] = {
  // Registering goes through the registration action, which decides the status.
  create: nobody,
  read: trainerOfRegistration,
  update: trainerOfRegistration,
  delete: isAdmin,
}
