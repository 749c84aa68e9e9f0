import type { GlobalConfig } from 'payload'

import { editorialGlobalAccess } from '../../access/factories'

export const access: GlobalConfig['access'] = editorialGlobalAccess('redacteur')
