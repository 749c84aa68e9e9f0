import type { CollectionConfig } from 'payload'

import { CONTACT_POINT_KINDS } from '../../src/constants/taxonomy'
import { ownRegionList } from '../../src/access/factories'
import { contentFields, draftVersions } from '../../src/fields/content'
import { selectField } from '../../src/fields/select'
import { access } from './access'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Regio', plural: 'Regio’s' },
  admin: {
    group: 'Regio’s',
    useAsTitle: 'title',
    defaultColumns: ['title', '_status'],
    baseFilter: ownRegionList('id'),
  },
  defaultSort: 'title',
  versions: draftVersions,
  access,
  fields: contentFields({
    titleLabel: 'Naam',
    fields: [
      {
        name: 'municipalities',
        label: 'Gemeenten',
        type: 'text',
        hasMany: true,
        required: true,
        maxRows: 40,
      },
      {
        name: 'contactPoints',
        label: 'Functionele contactpunten',
        labels: { singular: 'Contactpunt', plural: 'Contactpunten' },
        type: 'array',
        fields: [
          selectField({ name: 'kind', label: 'Soort', required: true }, CONTACT_POINT_KINDS),
          { name: 'name', label: 'Naam', type: 'text', required: true, maxLength: 160 },
          { name: 'description', label: 'Waarvoor', type: 'textarea', maxLength: 600 },
          {
            name: 'email',
            label: 'E-mail (functioneel adres)',
            type: 'email',
          },
          { name: 'phone', label: 'Telefoon', type: 'text', maxLength: 40 },
          { name: 'hours', label: 'Bereikbaar', type: 'text', maxLength: 120 },
        ],
      },
    ],
  }),
}
