import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { hasRole } from '../../src/access/hasRole'

/**
 * A redirect is public by nature (following the old address shows where it goes), so anyone may
 * read one; a reference to a document that is not published is not populated for a visitor and
 * the redirect then does not fire. Only the project office writes them by hand; the slug-change
 * hook writes them as the system.
 */
export const access: CollectionConfig['access'] = {
  read: anyone,
  create: hasRole('redacteur'),
  update: hasRole('redacteur'),
  delete: hasRole('redacteur'),
}
