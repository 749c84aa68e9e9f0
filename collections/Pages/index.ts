import type { CollectionConfig } from 'payload'

import { contentFields, draftVersions } from '../../src/fields/content'
import { access } from './access'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Pagina', plural: 'Pagina’s' },
  admin: { group: 'Kennis', useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'] },
  versions: draftVersions,
  access,
  fields: contentFields(),
}
