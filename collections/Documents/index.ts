import type { CollectionConfig, PayloadRequest } from 'payload'

import { VERSION_PATTERN } from '../../src/documents/compare-versions'
import { DOCUMENT_TYPES } from '../../src/documents/detect-document-type'
import { draftVersions } from '../../src/fields/content'
import { slugify } from '../../src/fields/slug'
import { checkUploadedFile, extractText, retireOlderVersions, uniqueVersion } from './hooks'
import { access } from './access'

export const DOCUMENT_STATUS = [
  { value: 'concept', label: 'Concept' },
  { value: 'vastgesteld', label: 'Vastgesteld' },
  { value: 'vervallen', label: 'Vervallen' },
] as const

/**
 * Adopted documents as downloads (the contract, building blocks, referral routes): one record per
 * version of a document, grouped by `slug`. Each version keeps its own file, adoption date and
 * change note, so an older version stays reachable after a newer one is adopted; Payload's drafts
 * keep a version from the public until it is published.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Document', plural: 'Documenten' },
  admin: {
    group: 'Kennis',
    useAsTitle: 'title',
    defaultColumns: ['title', 'version', 'documentStatus', 'adoptedOn', '_status'],
    description:
      'Vastgestelde stukken als download (PDF of Word). Elke versie is een eigen document met dezelfde reeks.',
  },
  versions: draftVersions,
  access,
  upload: {
    staticDir: 'data/documents',
    mimeTypes: Object.keys(DOCUMENT_TYPES),
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [uniqueVersion, extractText],
    afterChange: [retireOlderVersions],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 200 },
    {
      name: 'slug',
      label: 'Reeks (webadres)',
      type: 'text',
      index: true,
      maxLength: 96,
      admin: {
        position: 'sidebar',
        description: 'Alle versies van hetzelfde document delen deze waarde. Wordt gemaakt uit de titel.',
      },
      hooks: {
        beforeValidate: [
          ({ value, data, originalDoc }) => {
            if (typeof value === 'string' && value.trim() !== '') return slugify(value)
            const title = data?.title ?? originalDoc?.title
            return typeof title === 'string' ? slugify(title) : value
          },
        ],
      },
      validate: (value: unknown) =>
        (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) ||
        'Een reeks bestaat uit kleine letters, cijfers en koppeltekens.',
    },
    {
      name: 'version',
      label: 'Versie',
      type: 'text',
      required: true,
      maxLength: 14,
      admin: { position: 'sidebar', description: 'Bijvoorbeeld 1.0 of 2.1.' },
      validate: async (
        value: unknown,
        { req, id, data }: { req: PayloadRequest; id?: number | string; data: Partial<{ slug: string }> },
      ) => {
        if (typeof value !== 'string' || !VERSION_PATTERN.test(value))
          return 'Een versie bestaat uit cijfers met punten, bijvoorbeeld 1.0 of 2.1.'
        if (!data?.slug) return true
        const clash = await req.payload.count({
          collection: 'documents',
          where: {
            and: [
              { slug: { equals: data.slug } },
              { version: { equals: value } },
              ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
            ],
          },
          overrideAccess: true,
          req,
        })
        return clash.totalDocs === 0 || `Versie ${value} van dit document bestaat al.`
      },
    },
    {
      // Not called `status`: that would clash with the drafts' `_status` enum in PostgreSQL.
      name: 'documentStatus',
      label: 'Status van het document',
      type: 'select',
      required: true,
      defaultValue: 'concept',
      options: [...DOCUMENT_STATUS],
      admin: { position: 'sidebar' },
    },
    {
      name: 'adoptedOn',
      label: 'Datum van vaststelling',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
      validate: (value: unknown, { data }: { data: Partial<{ documentStatus: string }> }) =>
        data?.documentStatus !== 'vastgesteld' ||
        Boolean(value) ||
        'Een vastgesteld document heeft een datum van vaststelling.',
    },
    { name: 'adoptedBy', label: 'Vastgesteld door', type: 'text', maxLength: 200 },
    { name: 'summary', label: 'Samenvatting', type: 'textarea', maxLength: 600 },
    {
      name: 'changeNote',
      label: 'Wat is er veranderd in deze versie',
      type: 'textarea',
      maxLength: 1000,
    },
    { name: 'buildingBlocks', label: 'Bouwstenen', type: 'relationship', relationTo: 'building-blocks', hasMany: true },
    { name: 'workingMethods', label: 'Werkwijzen', type: 'relationship', relationTo: 'working-methods', hasMany: true },
    { name: 'regions', label: 'Regio’s', type: 'relationship', relationTo: 'regions', hasMany: true },
    {
      name: 'extractedText',
      label: 'Tekst uit het bestand (voor de zoekfunctie)',
      type: 'textarea',
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'isExample',
      label: 'Voorbeelddocument',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Aan voor demo-documenten; de site toont dan "Voorbeeld".' },
    },
  ],
}
