import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { ownTrainer, scoped } from '../../src/access/scoped'
import { REGISTRATION_STATUS } from '../../src/constants/taxonomy'

/** Personal data: only admins and the trainers of the session's training see registrations. */
const trainerOfRegistration = scoped({ role: 'trainer', where: ownTrainer('training.trainers') })

export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: 'Inschrijving', plural: 'Inschrijvingen' },
  admin: { group: 'Scholing', useAsTitle: 'email', defaultColumns: ['name', 'email', 'session', 'status', 'createdAt'] },
  defaultSort: 'createdAt',
  access: {
    // Registering goes through the registration action, which decides the status.
    create: nobody,
    read: trainerOfRegistration,
    update: trainerOfRegistration,
    delete: isAdmin,
  },
  fields: [
    { name: 'session', label: 'Sessie', type: 'relationship', relationTo: 'training-sessions', required: true, index: true },
    {
      name: 'training',
      label: 'Training',
      type: 'relationship',
      relationTo: 'trainings',
      index: true,
      admin: { readOnly: true, description: 'Wordt overgenomen van de sessie.' },
    },
    { name: 'name', label: 'Naam', type: 'text', required: true, maxLength: 120 },
    { name: 'email', label: 'E-mail', type: 'email', required: true, index: true },
    { name: 'organisation', label: 'Organisatie', type: 'text', required: true, maxLength: 160 },
    { name: 'function', label: 'Functie', type: 'text', required: true, maxLength: 120 },
    {
      name: 'consent',
      label: 'Toestemming voor het bewaren van deze gegevens',
      type: 'checkbox',
      required: true,
      validate: (value: unknown) => value === true || 'Zonder toestemming kunnen wij uw inschrijving niet bewaren.',
    },
    { name: 'status', label: 'Status', type: 'select', required: true, defaultValue: 'confirmed', options: [...REGISTRATION_STATUS] },
    {
      name: 'cancelTokenHash',
      type: 'text',
      hidden: true,
      access: { read: () => false, update: () => false },
    },
    { name: 'erasedAt', label: 'Persoonsgegevens gewist op', type: 'date', admin: { readOnly: true } },
  ],
}
