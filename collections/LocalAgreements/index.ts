import type { CollectionConfig } from 'payload'

import { contentFields, draftVersions } from '../../src/fields/content'
import { keepOwnRegion } from '../../src/access/factories'
import { access } from './access'

export const LocalAgreements: CollectionConfig = {
  slug: 'local-agreements',
  labels: { singular: 'Lokale afspraak', plural: 'Lokale afspraken' },
  admin: { group: 'Regio’s', useAsTitle: 'title', defaultColumns: ['title', 'region', 'validFrom', '_status'] },
  versions: draftVersions,
  access,
  hooks: { beforeChange: [keepOwnRegion('region')] },
  fields: contentFields({
    fields: [
      { name: 'region', label: 'Regio', type: 'relationship', relationTo: 'regions', required: true, index: true },
      { name: 'municipalities', label: 'Gemeenten', type: 'text', hasMany: true, admin: { description: 'Leeg: de hele regio.' } },
      { name: 'buildingBlocks', label: 'Bouwstenen', type: 'relationship', relationTo: 'building-blocks', hasMany: true },
      { name: 'partners', label: 'Partners', type: 'relationship', relationTo: 'organisations', hasMany: true },
      { name: 'validFrom', label: 'Geldig vanaf', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
      {
        name: 'validUntil',
        label: 'Geldig tot en met',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          !value || !siblingData?.validFrom || new Date(String(value)) >= new Date(String(siblingData.validFrom)) ||
          '“Geldig tot” moet op of na “Geldig vanaf” liggen.',
      },
    ],
  }),
}
