import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'

/** Internal: nobody reads or writes it over the API; the mail jobs write with overrideAccess. */
export const access: CollectionConfig['access'] = { read: nobody, create: nobody, update: nobody, delete: nobody }
