import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'
import { nobody } from '../../src/access/nobody'

/**
 * Readers' remarks (and, when they want an answer, their address) are for the project office:
 * the redacteuren read them, mark them handled and delete them. Nobody creates one over the API;
 * the form's handler stores them as the system (src/feedback/submit.ts).
 */
export const access: CollectionConfig['access'] = {
  create: nobody,
  read: hasRole('redacteur'),
  update: hasRole('redacteur'),
  delete: hasRole('redacteur'),
}
