import type { CollectionConfig } from 'payload'

import { selectField } from '../../src/fields/select'
import { access } from './access'

/**
 * A subscriber list: one normalised filter set of one finder ("vacatures in Rivierenland"),
 * stored once however many people follow it (as GOV.UK's email-alert-api does). Only the alert
 * functions in src/alerts write here.
 */
export const AlertLists: CollectionConfig = {
  slug: 'alert-lists',
  labels: { singular: 'Meldingenlijst', plural: 'Meldingenlijsten' },
  admin: { group: 'Beheer', useAsTitle: 'title', defaultColumns: ['title', 'finder', 'createdAt'] },
  access,
  fields: [
    selectField(
      { name: 'finder', label: 'Lijst', required: true },
      { vacatures: 'Vacatures', scholing: 'Scholing', werkwijzen: 'Werkwijzen' },
    ),
    {
      name: 'key',
      label: 'Sleutel',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'SHA-256 van de genormaliseerde filters.' },
    },
    { name: 'filters', label: 'Filters', type: 'json', required: true },
    { name: 'title', label: 'Omschrijving', type: 'text', required: true, maxLength: 300 },
  ],
}
