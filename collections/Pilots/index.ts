import type { CollectionConfig } from 'payload'

import { PILOT_STATUS } from '../../src/constants/taxonomy'
import { contentFields, draftVersions } from '../../src/fields/content'
import { dateAfter } from '../../src/fields/dates'
import { ownRegionField } from '../../src/fields/region'
import { keepOwnRegion, ownRegionList } from '../../src/access/factories'
import { access } from './access'

export const Pilots: CollectionConfig = {
  slug: 'pilots',
  labels: { singular: 'Toekomsttuin', plural: 'Toekomsttuinen' },
  admin: {
    group: 'Regio’s',
    useAsTitle: 'title',
    defaultColumns: ['title', 'region', 'pilotStatus', '_status'],
    baseFilter: ownRegionList('region'),
  },
  versions: draftVersions,
  access,
  hooks: { beforeChange: [keepOwnRegion('region')] },
  fields: contentFields({
    fields: [
      ownRegionField(),
      { name: 'municipalities', label: 'Gemeenten', type: 'text', hasMany: true },
      { name: 'buildingBlocks', label: 'Bouwstenen', type: 'relationship', relationTo: 'building-blocks', hasMany: true },
      { name: 'partners', label: 'Partners', type: 'relationship', relationTo: 'organisations', hasMany: true },
      { name: 'pilotStatus', label: 'Status', type: 'select', required: true, defaultValue: 'lopend', options: [...PILOT_STATUS] },
      { name: 'startDate', label: 'Start', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
      {
        name: 'endDate',
        label: 'Einde',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        validate: dateAfter('startDate', 'Het einde moet na de start liggen.'),
      },
      { name: 'aim', label: 'Doel', type: 'textarea', required: true, maxLength: 1500 },
      { name: 'approach', label: 'Aanpak', type: 'textarea', maxLength: 3000 },
      {
        name: 'results',
        label: 'Resultaten in cijfers',
        labels: { singular: 'Resultaat', plural: 'Resultaten' },
        type: 'array',
        fields: [
          { name: 'label', label: 'Wat is gemeten', type: 'text', required: true, maxLength: 200 },
          { name: 'value', label: 'Waarde', type: 'number', required: true },
          { name: 'unit', label: 'Eenheid', type: 'text', maxLength: 40 },
          { name: 'note', label: 'Toelichting', type: 'text', maxLength: 400 },
        ],
      },
      {
        name: 'lessons',
        label: 'Geleerde lessen',
        labels: { singular: 'Les', plural: 'Lessen' },
        type: 'array',
        fields: [{ name: 'lesson', label: 'Les', type: 'textarea', required: true, maxLength: 800 }],
      },
    ],
  }),
}
