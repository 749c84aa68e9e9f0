import type { CollectionConfig } from 'payload'

import { AUDIENCES } from '../../src/constants/taxonomy'
import { contentFields, draftVersions } from '../../src/fields/content'
import { selectField } from '../../src/fields/select'
import { access } from './access'

export const WorkingMethods: CollectionConfig = {
  slug: 'working-methods',
  labels: { singular: 'Werkwijze', plural: 'Werkwijzen' },
  admin: { group: 'Kennis', useAsTitle: 'title', defaultColumns: ['title', 'scope', 'region', '_status'] },
  versions: draftVersions,
  access,
  fields: contentFields({
    fields: [
      selectField(
        { name: 'scope', label: 'Geldt voor', required: true, defaultValue: 'gelderland' },
        { gelderland: 'Heel Gelderland', regio: 'Eén regio' },
      ),
      {
        name: 'region',
        label: 'Regio',
        type: 'relationship',
        relationTo: 'regions',
        admin: { condition: (_, siblingData) => siblingData?.scope === 'regio' },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.scope !== 'regio' || Boolean(value) || 'Kies de regio waarvoor deze werkwijze geldt.',
      },
      { name: 'buildingBlocks', label: 'Bouwstenen', type: 'relationship', relationTo: 'building-blocks', hasMany: true },
      { name: 'audiences', label: 'Voor wie', type: 'select', hasMany: true, options: [...AUDIENCES] },
      {
        name: 'steps',
        label: 'Stappen',
        labels: { singular: 'Stap', plural: 'Stappen' },
        type: 'array',
        fields: [
          { name: 'title', label: 'Stap', type: 'text', required: true, maxLength: 160 },
          { name: 'who', label: 'Wie', type: 'text', required: true, maxLength: 160 },
          { name: 'action', label: 'Wat', type: 'textarea', maxLength: 1500 },
          { name: 'timeframe', label: 'Binnen welke termijn', type: 'text', maxLength: 80 },
        ],
      },
      { name: 'workCards', label: 'Werkkaarten (downloads)', type: 'upload', relationTo: 'media', hasMany: true },
      { name: 'parentInfo', label: 'Informatie voor ouders', type: 'textarea', maxLength: 2000 },
      { name: 'basis', label: 'Onderbouwing', type: 'textarea', maxLength: 3000 },
    ],
  }),
}
