import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/factories'

export const access: CollectionConfig['access'] = editorialAccess('redacteur')
