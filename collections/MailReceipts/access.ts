import type { CollectionConfig } from 'payload'

import { internalAccess } from '../../src/access/factories'

/** Internal: the mail jobs write it with overrideAccess. */
export const access: CollectionConfig['access'] = internalAccess()
