import type { CollectionConfig } from 'payload'

import { contentFields, draftVersions } from '../../src/fields/content'
import { dateAfter } from '../../src/fields/dates'
import { ownRegionField } from '../../src/fields/region'
import { keepOwnRegion, ownRegionList } from '../../src/access/factories'
import { checkMunicipalities } from '../../src/regions/validate-municipalities'
import { access } from './access'

export const LocalAgreements: CollectionConfig = {
  slug: 'local-agreements',
  labels: { singular: 'Lokale afspraak', plural: 'Lokale afspraken' },
  admin: {
    group: 'Regio’s',
    useAsTitle: 'title',
    defaultColumns: ['title', 'region', 'validFrom', '_status'],
    baseFilter: ownRegionList('region'),
  },
  versions: draftVersions,
  access,
  // keepOwnRegion first: the municipalities are checked against the region it settled on.
  hooks: { beforeChange: [keepOwnRegion('region'), checkMunicipalities] },
  fields: contentFields({
    fields: [
      ownRegionField(),
      {
        name: 'municipalities',
        label: 'Gemeenten',
        type: 'text',
        hasMany: true,
        maxRows: 40,
        admin: {
          description: 'Geen gemeente aangevinkt: de afspraak geldt in de hele regio.',
          components: { Field: '/src/components/regions/admin/MunicipalitiesChoice#MunicipalitiesChoice' },
        },
      },
      { name: 'buildingBlocks', label: 'Bouwstenen', type: 'relationship', relationTo: 'building-blocks', hasMany: true },
      { name: 'partners', label: 'Partners', type: 'relationship', relationTo: 'organisations', hasMany: true },
      { name: 'validFrom', label: 'Geldig vanaf', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
      {
        name: 'validUntil',
        label: 'Geldig tot en met',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        validate: dateAfter('validFrom', '“Geldig tot” moet op of na “Geldig vanaf” liggen.', { orSame: true }),
      },
    ],
  }),
}
