import type { CollectionConfig } from 'payload'

import { contentFields, draftVersions } from '../../src/fields/content'
import { seriesNumberField } from '../../src/fields/number'
import { selectField } from '../../src/fields/select'
import { access } from './access'

export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: 'Indicator (KPI)', plural: 'Indicatoren (KPI’s)' },
  admin: { group: 'Monitor', useAsTitle: 'title', defaultColumns: ['number', 'title', 'unit', '_status'] },
  defaultSort: 'number',
  versions: draftVersions,
  access,
  fields: contentFields({
    fields: [
      seriesNumberField(20),
      { name: 'definition', label: 'Definitie', type: 'textarea', required: true, maxLength: 1200 },
      selectField(
        { name: 'unit', label: 'Eenheid', required: true },
        { aantal: 'Aantal', procent: 'Percentage', dagen: 'Dagen', weken: 'Weken' },
      ),
      selectField(
        { name: 'direction', label: 'Gewenste richting', required: true, defaultValue: 'neutraal' },
        { hoger: 'Hoger is beter', lager: 'Lager is beter', neutraal: 'Geen voorkeursrichting' },
      ),
      {
        name: 'calculation',
        label: 'Rekenregel',
        type: 'textarea',
        maxLength: 1200,
        admin: { description: 'Hoe de waarde per regio per kwartaal wordt berekend: teller, noemer, peilmoment.' },
      },
      {
        name: 'calculationIsExample',
        label: 'Rekenregel is een voorbeeld',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          description:
            'Aan zolang de werkgroep de rekenregel niet heeft vastgesteld; de site toont dan "Voorbeeld" bij de rekenregel.',
        },
      },
      {
        name: 'dataSource',
        label: 'Bron van de cijfers',
        type: 'text',
        maxLength: 300,
        admin: { description: 'Uit welke registratie de cijfers komen, bijvoorbeeld het iJW-berichtenverkeer.' },
      },
    ],
  }),
}
