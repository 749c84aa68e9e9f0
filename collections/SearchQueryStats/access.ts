import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'

export const access: CollectionConfig['access'] = {
  read: hasRole('redacteur'),
  create: () => false,
  update: () => false,
  // An admin may clear old rows; no one else.
  delete: hasRole(),
}
