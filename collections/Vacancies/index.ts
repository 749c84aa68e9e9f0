import type { CollectionConfig } from 'payload'

import { contentFields, draftVersions } from '../../src/fields/content'
import { LINK_SCHEMES, URL_MESSAGES, urlField } from '../../src/fields/url'
import { forceScope } from '../../src/access/forceScope'
import { CAO_SCALES, isAcceptedScale, normaliseCaoScale } from '../../src/vacancies/salaryScales'
import { setStatusFromClosingDate } from '../../src/vacancies/status'
import { CONTRACT_TYPES } from '../../src/vacancies/labels'
import { scopedChoice, scopedListFilter } from '../../src/access/scopeInAdmin'
import { selectField } from '../../src/fields/select'
import { access } from './access'

const DAY = 24 * 60 * 60 * 1000

export const Vacancies: CollectionConfig = {
  slug: 'vacancies',
  labels: { singular: 'Vacature', plural: 'Vacatures' },
  admin: {
    group: 'Vacatures',
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'closingDate', 'vacancyStatus', '_status'],
    baseFilter: scopedListFilter('werver', 'organisation', 'organisation'),
  },
  defaultSort: 'closingDate',
  versions: draftVersions,
  access,
  hooks: { beforeChange: [forceScope('werver', 'organisation', 'organisation'), setStatusFromClosingDate] },
  // No sources or review dates; the change notes stay, because e-mail alerts announce them.
  fields: contentFields({
    knowledgeBase: false,
    changeNotes: true,
    fields: [
      {
        name: 'organisation',
        label: 'Organisatie',
        type: 'relationship',
        relationTo: 'organisations',
        required: true,
        index: true,
        ...scopedChoice('werver', 'organisation'),
      },
      { name: 'regions', label: 'Regio’s', type: 'relationship', relationTo: 'regions', hasMany: true },
      selectField(
        {
          name: 'vacancyStatus',
          label: 'Status',
          defaultValue: 'open',
          index: true,
          admin: {
            position: 'sidebar',
            readOnly: true,
            description: 'Volgt de sluitingsdatum: na die dag (Nederlandse tijd) sluit de vacature vanzelf.',
          },
        },
        { open: 'Open', closed: 'Gesloten' },
      ),
      { name: 'function', label: 'Functie', type: 'text', required: true, maxLength: 120 },
      {
        name: 'placeOfWork',
        label: 'Standplaats',
        type: 'text',
        maxLength: 80,
        admin: { description: 'Plaats waar u vooral werkt, bijvoorbeeld Arnhem.' },
      },
      { name: 'hoursMin', label: 'Uren per week (vanaf)', type: 'number', required: true, min: 1, max: 40 },
      {
        name: 'hoursMax',
        label: 'Uren per week (tot en met)',
        type: 'number',
        min: 1,
        max: 40,
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          value === null ||
          value === undefined ||
          typeof siblingData?.hoursMin !== 'number' ||
          (value as number) >= siblingData.hoursMin ||
          'Het maximum aantal uren moet minstens zo groot zijn als het minimum.',
      },
      {
        name: 'contractType',
        label: 'Soort contract',
        type: 'select',
        options: CONTRACT_TYPES.map(({ value, label }) => ({ value, label })),
      },
      {
        name: 'caoScale',
        label: 'Schaal (cao Jeugdzorg)',
        type: 'text',
        required: true,
        maxLength: 40,
        hooks: { beforeValidate: [({ value }) => normaliseCaoScale(value)] },
        admin: { description: `Een van: ${CAO_SCALES.join(', ')}. De site toont het salaris in euro’s erbij.` },
        validate: (value: unknown) =>
          isAcceptedScale(normaliseCaoScale(value)) ||
          `Kies een schaal van de cao Jeugdzorg (${CAO_SCALES.join(', ')}), of voor de Raad bijvoorbeeld “Schaal 10 (cao Rijk)”.`,
      },
      { name: 'skjRequired', label: 'SKJ-registratie vereist', type: 'checkbox', defaultValue: true },
      { name: 'jointRecruitment', label: 'Gezamenlijke werving', type: 'checkbox', defaultValue: false },
      { name: 'traineeship', label: 'Traineeship', type: 'checkbox', defaultValue: false },
      {
        name: 'postedAt',
        label: 'Geplaatst op',
        type: 'date',
        required: true,
        defaultValue: () => new Date().toISOString(),
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
      {
        name: 'closingDate',
        label: 'Sluitingsdatum',
        type: 'date',
        required: true,
        index: true,
        admin: {
          date: { pickerAppearance: 'dayOnly' },
          description: 'Na deze dag verdwijnt de vacature vanzelf uit de lijsten.',
        },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
          if (!value) return 'Vul een sluitingsdatum in.'
          const closing = new Date(String(value)).getTime()
          if (Number.isNaN(closing)) return 'De sluitingsdatum is geen geldige datum.'
          const posted = siblingData?.postedAt ? new Date(String(siblingData.postedAt)).getTime() : Date.now()
          if (closing < posted) return 'De sluitingsdatum moet na de plaatsingsdatum liggen.'
          if (closing - posted > 366 * DAY) return 'Een vacature staat hoogstens een jaar open.'
          return true
        },
      },
      { name: 'howToApply', label: 'Zo solliciteert u', type: 'textarea', required: true, maxLength: 1500 },
      urlField(
        { name: 'applyUrl', label: 'Sollicitatielink', maxLength: 300 },
        { schemes: LINK_SCHEMES, allowLocal: false },
        URL_MESSAGES.scheme,
      ),
      {
        name: 'applyEmail',
        label: 'Sollicitatie-e-mail (functioneel adres)',
        type: 'email',
        validate: (value: unknown) => {
          if (value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value))) return 'Voer een geldig e-mailadres in.'
          return true
        },
      },
      {
        name: 'contact',
        label: 'Contactpersoon voor vragen',
        type: 'group',
        admin: { description: 'Wie vragen over de functie beantwoordt. Liefst een functioneel adres.' },
        fields: [
          { name: 'name', label: 'Naam of team', type: 'text', maxLength: 120 },
          { name: 'role', label: 'Functie', type: 'text', maxLength: 120 },
          { name: 'email', label: 'E-mail', type: 'email' },
          { name: 'phone', label: 'Telefoon', type: 'text', maxLength: 30 },
        ],
      },
    ],
  }),
}
