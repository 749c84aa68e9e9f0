import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { regionalEditor } from '../../src/access/factories'

/** Redacteuren keep the figures of every region; a regional editor only those of their own region. */
const editor = regionalEditor('region', ['redacteur'])

export const access: CollectionConfig['access'] = {
  read: anyone,
  create: editor,
  update: editor,
  delete: editor,
}
