import type { Field } from 'payload'

/** The source documents the portal's texts rest on (see shared/bronnen). */
export const SOURCE_DOCUMENTS = [
  { value: 'inkoop-jb-gelderland', label: 'Inbreng inkoop De Nieuwe Jeugdbescherming Gelderland' },
  { value: 'gvjb-voortgang-2021', label: 'Voortgangsbericht Gelderse Verbeteragenda Jeugdbescherming (voorjaar 2021)' },
  { value: 'rondetafels-jeugdwet-2018', label: 'Evaluatie Jeugdwet – gebundelde verslagen Rondetafels (2018)' },
  { value: 'drenthe-2012', label: 'Jeugdzorg Drenthe (2012, historisch kader)' },
  { value: 'visie-noord-holland', label: 'Gemeenschappelijke visie JB/JR Noord-Hollandse regio’s' },
  { value: 'gvjb-website', label: 'Openbare pagina’s van de Verbeteragenda en partners' },
  { value: 'besluit', label: 'Besluit of afspraak (omschrijving hieronder)' },
  { value: 'voorbeeld', label: 'Voorbeeldinhoud (geen vastgestelde afspraak)' },
] as const

export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number]['value']

export const sourcesField: Field = {
  name: 'sources',
  label: 'Bronnen',
  labels: { singular: 'Bron', plural: 'Bronnen' },
  type: 'array',
  admin: { description: 'Op welk document of besluit deze tekst rust.' },
  fields: [
    {
      name: 'document',
      label: 'Document',
      type: 'select',
      required: true,
      options: SOURCE_DOCUMENTS.map((s) => ({ value: s.value, label: s.label })),
    },
    { name: 'detail', label: 'Toelichting (bijv. paragraaf of datum van het besluit)', type: 'text', maxLength: 300 },
  ],
}
