import type { GlobalConfig } from 'payload'

import { contentFields, globalDraftVersions } from '../../fields/content'
import { access } from './access'

export const Vision: GlobalConfig = {
  slug: 'vision',
  label: 'Visie en kernwaarden',
  admin: { group: 'Kennis' },
  versions: globalDraftVersions,
  access,
  fields: contentFields({
    fields: [
      { name: 'aim', label: 'Gemeenschappelijk doel', type: 'textarea', maxLength: 600 },
      {
        name: 'coreValues',
        label: 'Kernwaarden',
        labels: { singular: 'Kernwaarde', plural: 'Kernwaarden' },
        type: 'array',
        minRows: 1,
        fields: [
          { name: 'title', label: 'Kernwaarde', type: 'text', required: true, maxLength: 160 },
          { name: 'description', label: 'Wat dat in de praktijk betekent', type: 'textarea', maxLength: 1000 },
        ],
      },
      { name: 'adoptedBy', label: 'Vastgesteld door', type: 'text', hasMany: true },
      { name: 'adoptedOn', label: 'Vastgesteld op', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      { name: 'document', label: 'Visiedocument', type: 'upload', relationTo: 'media' },
    ],
  }),
}
