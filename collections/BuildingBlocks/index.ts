import type { CollectionConfig, PayloadRequest } from 'payload'

import { BUILDING_BLOCK_STATUS } from '../../src/constants/taxonomy'
import { contentFields, draftVersions } from '../../src/fields/content'
import { seriesNumberField } from '../../src/fields/number'
import { access } from './access'

export const BuildingBlocks: CollectionConfig = {
  slug: 'building-blocks',
  labels: { singular: 'Bouwsteen', plural: 'Bouwstenen' },
  admin: { group: 'Kennis', useAsTitle: 'title', defaultColumns: ['number', 'title', 'phase', '_status'] },
  defaultSort: 'number',
  versions: draftVersions,
  access,
  fields: contentFields({
    fields: [
      {
        ...seriesNumberField(8),
        admin: { position: 'sidebar', step: 1 },
        validate: async (value: unknown, { req, id }: { req: PayloadRequest; id?: number | string }) => {
          if (!(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8))
            return 'Een bouwsteen heeft een nummer van 1 tot en met 8.'
          // The unique index would refuse a duplicate too, but with a generic message on save.
          const others = await req.payload.count({
            collection: 'building-blocks',
            where: id === undefined ? { number: { equals: value } } : { and: [{ number: { equals: value } }, { id: { not_equals: id } }] },
            overrideAccess: true,
            req,
          })
          return others.totalDocs === 0 || `Er is al een bouwsteen met nummer ${value}; elk nummer van 1 tot en met 8 komt één keer voor.`
        },
      },
      { name: 'aim', label: 'Doel', type: 'textarea', required: true, maxLength: 1000 },
      {
        // Not called `status`: that would clash with the drafts' `_status` enum in PostgreSQL.
        name: 'phase',
        label: 'Status',
        type: 'select',
        required: true,
        defaultValue: 'in-ontwikkeling',
        options: [...BUILDING_BLOCK_STATUS],
      },
      { name: 'owner', label: 'Eigenaar', type: 'text', maxLength: 200 },
      { name: 'openQuestions', label: 'Open vragen', type: 'textarea', maxLength: 2000 },
      {
        name: 'progress',
        label: 'Voortgang per regio',
        labels: { singular: 'Regio', plural: 'Regio’s' },
        type: 'array',
        fields: [
          { name: 'region', label: 'Regio', type: 'relationship', relationTo: 'regions', required: true },
          { name: 'status', label: 'Status', type: 'select', required: true, options: [...BUILDING_BLOCK_STATUS] },
          { name: 'note', label: 'Toelichting', type: 'text', maxLength: 500 },
        ],
      },
      {
        name: 'workingMethods',
        label: 'Werkwijzen bij deze bouwsteen',
        type: 'join',
        collection: 'working-methods',
        on: 'buildingBlocks',
      },
    ],
  }),
}
