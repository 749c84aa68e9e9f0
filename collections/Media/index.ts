import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { hasRole } from '../../src/access/hasRole'
import { MEDIA_TYPES } from '../../src/uploads/safeUpload'
import { checkMediaFile } from './hooks'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: { group: 'Beheer', useAsTitle: 'alt' },
  access: {
    read: anyone,
    create: hasRole('redacteur', 'regioredacteur', 'trainer', 'werver'),
    update: hasRole('redacteur'),
    delete: hasRole('redacteur'),
  },
  upload: {
    staticDir: 'data/media',
    // Checked by content in checkMediaFile; SVG is not among them (it can carry script).
    mimeTypes: Object.keys(MEDIA_TYPES),
  },
  hooks: { beforeOperation: [checkMediaFile] },
  fields: [
    { name: 'alt', label: 'Beschrijving (alt-tekst of documenttitel)', type: 'text', required: true, maxLength: 300 },
    { name: 'isExample', label: 'Voorbeeldbestand', type: 'checkbox', defaultValue: false },
  ],
}
