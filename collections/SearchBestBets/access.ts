import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'

export const access: CollectionConfig['access'] = {
  read: hasRole('redacteur'),
  create: hasRole('redacteur'),
  update: hasRole('redacteur'),
  delete: hasRole('redacteur'),
}
