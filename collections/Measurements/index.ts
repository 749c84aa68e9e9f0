import type { CollectionConfig } from 'payload'

import { keepOwnRegion, ownRegionList } from '../../src/access/factories'
import { ownRegionField } from '../../src/fields/region'
import { importMeasurementsEndpoint } from './endpoints/import'
import { access } from './access'

/** Quarters only: the shared monitor reports per quarter. */
export const PERIOD_PATTERN = /^(20\d{2})-Q([1-4])$/

export const Measurements: CollectionConfig = {
  slug: 'measurements',
  labels: { singular: 'Meetwaarde', plural: 'Meetwaarden' },
  admin: {
    group: 'Monitor',
    useAsTitle: 'period',
    defaultColumns: ['indicator', 'region', 'period', 'value'],
    baseFilter: ownRegionList('region'),
    components: { beforeListTable: ['./src/components/monitor/admin/MeasurementsImport#MeasurementsImport'] },
  },
  endpoints: [importMeasurementsEndpoint],
  defaultSort: '-period',
  access,
  hooks: { beforeChange: [keepOwnRegion('region')] },
  indexes: [{ fields: ['indicator', 'region', 'period'], unique: true }],
  fields: [
    {
      name: 'indicator',
      label: 'Indicator',
      type: 'relationship',
      relationTo: 'indicators',
      required: true,
      index: true,
    },
    ownRegionField(),
    {
      name: 'period',
      label: 'Periode (kwartaal)',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'Als jaar-kwartaal, bijvoorbeeld 2026-Q2.' },
      validate: (value: unknown) =>
        (typeof value === 'string' && PERIOD_PATTERN.test(value)) ||
        'Schrijf de periode als jaar-kwartaal, bijvoorbeeld 2026-Q2.',
    },
    { name: 'value', label: 'Waarde', type: 'number', required: true },
    { name: 'note', label: 'Toelichting', type: 'text', maxLength: 400 },
    { name: 'isExample', label: 'Voorbeeldcijfer', type: 'checkbox', defaultValue: false },
  ],
}
