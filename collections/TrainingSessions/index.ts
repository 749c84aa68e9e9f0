import type { CollectionConfig } from 'payload'

import { selectField } from '../../src/fields/select'
import { sessionAfterChange, sessionBeforeChange, sessionBeforeDelete } from './hooks/bookkeeping'
import { validateSessionTimes } from './hooks/validateSessionTimes'
import { access } from './access'

const never = () => false

export const TrainingSessions: CollectionConfig = {
  slug: 'training-sessions',
  labels: { singular: 'Sessie', plural: 'Sessies' },
  admin: { group: 'Scholing', useAsTitle: 'label', defaultColumns: ['label', 'training', 'startsAt', 'capacity', 'status'] },
  defaultSort: 'startsAt',
  access,
  hooks: {
    beforeValidate: [validateSessionTimes],
    beforeChange: [sessionBeforeChange],
    afterChange: [sessionAfterChange],
    beforeDelete: [sessionBeforeDelete],
  },
  fields: [
    { name: 'training', label: 'Training', type: 'relationship', relationTo: 'trainings', required: true, index: true },
    { name: 'label', label: 'Naam van de sessie', type: 'text', required: true, maxLength: 160 },
    { name: 'startsAt', label: 'Begint', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } } },
    { name: 'endsAt', label: 'Eindigt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } } },
    selectField(
      { name: 'mode', label: 'Waar', required: true, defaultValue: 'locatie' },
      { locatie: 'Op locatie', online: 'Online' },
    ),
    {
      name: 'location',
      label: 'Plaats (openbaar)',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Staat op de site, bijvoorbeeld "Arnhem, kantoor Jeugdbescherming Gelderland" of "Online (Teams)".' },
    },
    {
      name: 'joinDetails',
      label: 'Adres of deelnamelink (alleen voor deelnemers)',
      type: 'textarea',
      maxLength: 600,
      // Only in the mails to people with a place; a meeting link on the public site lets anyone in.
      access: { read: ({ req }) => Boolean(req.user) },
      admin: {
        description: 'Komt in de bevestiging, de herinnering en het bericht bij een vrijgekomen plaats; niet op de site.',
      },
    },
    {
      name: 'capacity',
      label: 'Aantal plaatsen',
      type: 'number',
      required: true,
      min: 1,
      max: 1000,
      validate: (value: unknown) =>
        (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000) ||
        'Een sessie heeft minstens één plaats (en hoogstens 1000).',
    },
    { name: 'registrationOpensAt', label: 'Inschrijving opent', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'registrationClosesAt', label: 'Inschrijving sluit', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    selectField(
      {
        name: 'status',
        label: 'Status',
        required: true,
        defaultValue: 'scheduled',
        admin: {
          position: 'sidebar',
          description: 'Op "Geannuleerd" zetten: alle ingeschrevenen en wie op de wachtlijst staat krijgen bericht.',
        },
      },
      { scheduled: 'Gepland', cancelled: 'Geannuleerd' },
    ),
    {
      name: 'confirmedCount',
      label: 'Bezette plaatsen',
      type: 'number',
      defaultValue: 0,
      access: { create: never, update: never },
      admin: { readOnly: true, position: 'sidebar', description: 'Bevestigd of aanwezig; telt mee bij inschrijven en annuleren.' },
    },
    // The next arrival number: waitlist order, and a count of everyone who ever registered.
    { name: 'arrivalCount', type: 'number', defaultValue: 0, hidden: true, access: { create: never, update: never } },
    { name: 'calendarSequence', type: 'number', defaultValue: 0, hidden: true, access: { create: never, update: never } },
    { name: 'reminderQueuedAt', type: 'date', hidden: true, access: { create: never, update: never } },
    {
      name: 'registrationsOverview',
      type: 'ui',
      admin: { components: { Field: './src/components/registration/admin/SessionRegistrations#SessionRegistrations' } },
    },
  ],
}
