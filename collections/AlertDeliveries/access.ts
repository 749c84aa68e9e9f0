import type { CollectionConfig } from 'payload'

import { systemRecordAccess } from '../../src/access/factories'

export const access: CollectionConfig['access'] = systemRecordAccess()
