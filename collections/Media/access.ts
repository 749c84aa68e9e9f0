import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { hasRole } from '../../src/access/hasRole'

export const access: CollectionConfig['access'] = {
  read: anyone,
  create: hasRole('redacteur', 'regioredacteur', 'trainer', 'werver'),
  update: hasRole('redacteur'),
  delete: hasRole('redacteur'),
}
