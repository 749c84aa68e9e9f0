import type { Field } from 'payload'

import { hasRoleField } from '../access/hasRole'

export const REVIEW_STATES = [
  { value: 'concept', label: 'Concept' },
  { value: 'ter-beoordeling', label: 'Ter beoordeling' },
  { value: 'teruggestuurd', label: 'Teruggestuurd' },
] as const

export type ReviewState = (typeof REVIEW_STATES)[number]['value']

/**
 * The review state of a shared document. Authors ask for a review and reviewers send back with a
 * note; who wrote the change and when it was submitted the workflow fills in itself, whatever
 * a request says. Internal to the editors: visitors never see it.
 */
export const reviewField: Field = {
  name: 'review',
  label: 'Beoordeling (vier ogen)',
  type: 'group',
  admin: {
    position: 'sidebar',
    description:
      'Sla uw wijziging op als concept en zet de status op "Ter beoordeling". Een andere redacteur publiceert of stuurt terug met een toelichting.',
  },
  access: { read: hasRoleField('redacteur') },
  fields: [
    { name: 'state', label: 'Status', type: 'select', defaultValue: 'concept', options: [...REVIEW_STATES] },
    {
      name: 'note',
      label: 'Toelichting',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Verplicht bij terugsturen: wat moet de auteur nog doen?' },
    },
    { name: 'lastAuthor', label: 'Laatste auteur', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'lastAuthorName', label: 'Naam laatste auteur', type: 'text', admin: { readOnly: true } },
    { name: 'submittedAt', label: 'Ter beoordeling sinds', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
