import type { CollectionConfig } from 'payload'

import { publishedOr } from '../../src/access/publishedOr'
import { ownOrganisation, scoped } from '../../src/access/scoped'
import { versionsFor } from '../../src/access/versions'
import { contentFields, draftVersions } from '../../src/fields/content'
import { LINK_SCHEMES, URL_MESSAGES, urlField } from '../../src/fields/url'
import { forceScope } from '../../src/hooks/forceScope'

const recruiter = scoped({ role: 'werver', where: ownOrganisation('organisation') })

const DAY = 24 * 60 * 60 * 1000

export const Vacancies: CollectionConfig = {
  slug: 'vacancies',
  labels: { singular: 'Vacature', plural: 'Vacatures' },
  admin: {
    group: 'Vacatures',
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'closingDate', '_status'],
  },
  defaultSort: 'closingDate',
  versions: draftVersions,
  access: {
    read: publishedOr(recruiter),
    create: recruiter,
    update: recruiter,
    delete: recruiter,
    readVersions: versionsFor(recruiter),
  },
  hooks: { beforeChange: [forceScope('werver', 'organisation', 'organisation')] },
  fields: contentFields({
    fields: [
      {
        name: 'organisation',
        label: 'Organisatie',
        type: 'relationship',
        relationTo: 'organisations',
        required: true,
        index: true,
      },
      { name: 'regions', label: 'Regio’s', type: 'relationship', relationTo: 'regions', hasMany: true },
      { name: 'function', label: 'Functie', type: 'text', required: true, maxLength: 120 },
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
      { name: 'caoScale', label: 'Schaal (cao Jeugdzorg)', type: 'text', required: true, maxLength: 40 },
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
      { name: 'applyEmail', label: 'Sollicitatie-e-mail (functioneel adres)', type: 'email' },
    ],
  }),
}
