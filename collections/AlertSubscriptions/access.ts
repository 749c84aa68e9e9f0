import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'

export const access: CollectionConfig['access'] = { create: nobody, read: isAdmin, update: nobody, delete: isAdmin }
