import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'
import { publishedOrRoles } from '../../src/access/publishedOr'
import { versionsFor } from '../../src/access/versions'
import { contentFields, draftVersions } from '../../src/fields/content'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Pagina', plural: 'Pagina’s' },
  admin: { group: 'Kennis', useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'] },
  versions: draftVersions,
  access: {
    read: publishedOrRoles('redacteur'),
    create: hasRole('redacteur'),
    update: hasRole('redacteur'),
    delete: hasRole('redacteur'),
    readVersions: versionsFor(hasRole('redacteur')),
  },
  fields: contentFields(),
}
