import type { CollectionConfig } from 'payload'

import { internalAccess } from '../../src/access/factories'

/** Internal: the search sync write it with overrideAccess. */
export const access: CollectionConfig['access'] = internalAccess()
