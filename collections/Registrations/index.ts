import type { CollectionConfig, Validate } from 'payload'

import { isAdminField } from '../../src/access/isAdmin'
import { REGISTRATION_STATUS } from '../../src/constants/taxonomy'
import { isValidEmail } from '../../src/lib/email'
import { LIMITS } from '../../src/registrations/input'
import { SKJ_NUMBER } from '../../src/registrations/skj'
import { MESSAGES } from '../../src/registrations/messages'
import { afterRegistrationChange, afterRegistrationDelete } from './hooks/afterChange'
import { beforeRegistrationChange } from './hooks/beforeChange'
import { access } from './access'

/** Personal data: only admins and the trainers of the session's training see registrations. */

const never = () => false

/** Required while the registration holds personal data; empty once the retention job erased it. */
const requiredUntilErased =
  (message: string): Validate =>
  (value, { siblingData }) =>
    Boolean((siblingData as { erasedAt?: unknown }).erasedAt) ||
    (typeof value === 'string' && value.trim() !== '') ||
    message

export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: 'Inschrijving', plural: 'Inschrijvingen' },
  admin: {
    group: 'Scholing',
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'session', 'status', 'position', 'createdAt'],
    listSearchableFields: ['name', 'email', 'organisation'],
    description:
      'Inschrijvingen komen binnen via het formulier op de site. Zet na afloop de status op "Aanwezig geweest"; annuleren geeft de plaats aan de eerste op de wachtlijst.',
    components: {
      beforeListTable: ['./src/components/registration/admin/ExportLink#RegistrationsExportLink'],
    },
  },
  // In order of arrival. Not `createdAt`: registrations that come in together share it to the
  // millisecond, and Payload adds no tie-break to a sort on createdAt, so the API's and the
  // admin's pages would skip or repeat a registration on PostgreSQL. Ids are unique and rise.
  defaultSort: 'id',
  access,
  hooks: {
    beforeChange: [beforeRegistrationChange],
    afterChange: [afterRegistrationChange],
    afterDelete: [afterRegistrationDelete],
  },
  // The waitlist query (session, status, in arrival order). Every other index costs each insert in a
  // rush of registrations, so there are no more than access and the token look-up need.
  indexes: [{ fields: ['session', 'status', 'position'] }],
  fields: [
    {
      name: 'session',
      label: 'Sessie',
      type: 'relationship',
      relationTo: 'training-sessions',
      required: true,
      // Indexed through the (session, status, position) index below.
      // Moving a registration to another session would bypass that session's capacity.
      access: { update: never },
      admin: { readOnly: true },
    },
    {
      name: 'training',
      label: 'Training',
      type: 'relationship',
      relationTo: 'trainings',
      index: true,
      access: { update: never },
      admin: { readOnly: true, description: 'Wordt overgenomen van de sessie.' },
    },
    {
      name: 'name',
      label: 'Naam',
      type: 'text',
      maxLength: LIMITS.name,
      validate: requiredUntilErased('Vul een naam in.'),
      access: { update: isAdminField },
    },
    {
      name: 'email',
      label: 'E-mail',
      type: 'email',
      // The form's own check (src/lib/email.ts): what the form accepted is never refused on a later save.
      validate: (value: unknown, args: Parameters<Validate>[1]) => {
        const required = requiredUntilErased('Vul een e-mailadres in.')(value, args)
        if (required !== true || typeof value !== 'string' || value === '') return required
        return isValidEmail(value.trim()) || MESSAGES.field.emailInvalid
      },
      access: { update: isAdminField },
    },
    {
      name: 'organisation',
      label: 'Organisatie',
      type: 'text',
      maxLength: LIMITS.organisation,
      validate: requiredUntilErased('Vul een organisatie in.'),
      access: { update: isAdminField },
    },
    {
      name: 'function',
      label: 'Functie',
      type: 'text',
      maxLength: LIMITS.function,
      validate: requiredUntilErased('Vul een functie in.'),
      access: { update: isAdminField },
    },
    {
      name: 'skjNumber',
      label: 'SKJ-registratienummer',
      type: 'text',
      maxLength: 9,
      // The form's own check (src/registrations/skj.ts); empty is fine: the number is optional.
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || SKJ_NUMBER.test(String(value)) || MESSAGES.field.skjInvalid,
      access: { update: isAdminField },
      admin: { description: 'Optioneel; voor het bijschrijven van de SKJ-punten.' },
    },
    {
      name: 'consent',
      label: 'Toestemming voor het bewaren van deze gegevens',
      type: 'checkbox',
      required: true,
      access: { update: never },
      admin: { readOnly: true },
      validate: (value: unknown) => value === true || 'Zonder toestemming kunnen wij uw inschrijving niet bewaren.',
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      options: [...REGISTRATION_STATUS],
      admin: {
        position: 'sidebar',
        description: 'Bevestigd ↔ Aanwezig geweest, of Geannuleerd. De wachtlijst schuift vanzelf door.',
      },
    },
    {
      name: 'position',
      label: 'Volgnummer van aanmelding',
      type: 'number',
      access: { update: never },
      admin: { readOnly: true, position: 'sidebar', description: 'De wachtlijst schuift in deze volgorde door.' },
    },
    { name: 'cancelledAt', label: 'Geannuleerd op', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'erasedAt',
      label: 'Persoonsgegevens gewist op',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
    },
    // One active registration per e-mail address per session: the database refuses a second.
    {
      name: 'activeKey',
      type: 'text',
      unique: true,
      index: true,
      hidden: true,
      access: { read: never, update: never },
    },
    { name: 'cancelTokenHash', type: 'text', index: true, hidden: true, access: { read: never, update: never } },
    { name: 'cancelTokenSalt', type: 'text', hidden: true, access: { read: never, update: never } },
  ],
}
