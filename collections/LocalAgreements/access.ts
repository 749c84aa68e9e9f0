import type { CollectionConfig } from 'payload'

import { regionalAccess } from '../../src/access/factories'

export const access: CollectionConfig['access'] = regionalAccess('region')
