import type { CollectionConfig } from 'payload'

import { MEDIA_TYPES } from '../../src/uploads/safeUpload'
import { access } from './access'
import { checkMediaFile } from './hooks/checkMediaFile'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: { group: 'Beheer', useAsTitle: 'alt' },
  access,
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
