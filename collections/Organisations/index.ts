import type { CollectionConfig } from 'payload'

import { ORGANISATION_TYPES } from '../../src/constants/taxonomy'
import { contentFields, draftVersions } from '../../src/fields/content'
import { URL_MESSAGES, urlField } from '../../src/fields/url'
import { access } from './access'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  admin: { group: 'Regio’s', useAsTitle: 'title', defaultColumns: ['title', 'type', '_status'] },
  defaultSort: 'title',
  versions: draftVersions,
  access,
  fields: contentFields({
    titleLabel: 'Naam',
    fields: [
      { name: 'abbreviation', label: 'Afkorting', type: 'text', maxLength: 20 },
      { name: 'type', label: 'Soort organisatie', type: 'select', required: true, options: [...ORGANISATION_TYPES] },
      { name: 'regions', label: 'Werkt in regio’s', type: 'relationship', relationTo: 'regions', hasMany: true },
      urlField(
        { name: 'website', label: 'Website', maxLength: 200 },
        { schemes: ['http:', 'https:'], allowLocal: false },
        URL_MESSAGES.web,
      ),
      { name: 'email', label: 'E-mail (functioneel adres)', type: 'email' },
      { name: 'phone', label: 'Telefoon', type: 'text', maxLength: 40 },
    ],
  }),
}
