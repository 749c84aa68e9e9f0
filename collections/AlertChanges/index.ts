import type { CollectionConfig } from 'payload'

import { selectField } from '../../src/fields/select'
import { access } from './access'

/**
 * A change subscribers hear about: a newly published vacancy, or a content change whose change
 * note is marked for subscribers. Recorded once (unique key) with the subscriber lists it matched
 * at that moment. Kept 60 days.
 */
export const AlertChanges: CollectionConfig = {
  slug: 'alert-changes',
  labels: { singular: 'Melding', plural: 'Meldingen' },
  admin: { group: 'Beheer', useAsTitle: 'title', defaultColumns: ['title', 'kind', 'createdAt'] },
  access,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    selectField({ name: 'kind', required: true }, { new: 'Nieuw', changed: 'Gewijzigd' }),
    { name: 'title', type: 'text', required: true },
    { name: 'url', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'note', type: 'text' },
    { name: 'lists', type: 'relationship', relationTo: 'alert-lists', hasMany: true, index: true },
  ],
}
