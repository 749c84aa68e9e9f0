import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hasRole } from '../../access/hasRole'

export const access: GlobalConfig['access'] = { read: anyone, update: hasRole('redacteur') }
