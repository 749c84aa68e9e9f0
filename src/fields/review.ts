import type { Field } from 'payload'

import { dateAfter } from './dates'

/** "Laatst herzien … · Volgende herziening … · Wijzigingen" on every public page. */
export const lastReviewedAtField: Field = {
  name: 'lastReviewedAt',
  label: 'Laatst herzien',
  type: 'date',
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
}

export const nextReviewDueField: Field = {
  name: 'nextReviewDue',
  label: 'Volgende herziening',
  type: 'date',
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
  validate: dateAfter('lastReviewedAt', 'De volgende herziening moet na de laatste herziening liggen.'),
}

export const changeNotesField: Field = {
  name: 'changeNotes',
  label: 'Wijzigingen',
  labels: { singular: 'Wijziging', plural: 'Wijzigingen' },
  type: 'array',
  admin: { description: 'Wat er inhoudelijk veranderde; de openbare pagina toont deze lijst.' },
  fields: [
    { name: 'date', label: 'Datum', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'note', label: 'Wijziging', type: 'text', required: true, maxLength: 500 },
    {
      name: 'notifySubscribers',
      label: 'Melden aan abonnees',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Aan: wie een e-mailmelding of feed volgt, krijgt deze wijziging te zien. Alleen voor inhoudelijke wijzigingen.',
      },
    },
  ],
}
