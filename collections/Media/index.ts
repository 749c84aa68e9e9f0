import type { CollectionConfig } from 'payload'

import { access } from './access'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: { group: 'Beheer', useAsTitle: 'alt' },
  access,
  upload: {
    staticDir: 'data/media',
    mimeTypes: [
      'image/png',
      'image/jpeg',
      'image/webp',
      'image/svg+xml',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  },
  fields: [
    { name: 'alt', label: 'Beschrijving (alt-tekst of documenttitel)', type: 'text', required: true, maxLength: 300 },
    { name: 'isExample', label: 'Voorbeeldbestand', type: 'checkbox', defaultValue: false },
  ],
}
