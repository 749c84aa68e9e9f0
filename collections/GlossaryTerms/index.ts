import type { CollectionConfig } from 'payload'

import { contentFields, draftVersions } from '../../src/fields/content'
import { access } from './access'

export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: 'Begrip', plural: 'Begrippen' },
  admin: { group: 'Kennis', useAsTitle: 'title', defaultColumns: ['title', 'abbreviation', '_status'] },
  defaultSort: 'title',
  versions: draftVersions,
  access,
  fields: contentFields({
    titleLabel: 'Begrip',
    fields: [
      { name: 'abbreviation', label: 'Afkorting', type: 'text', maxLength: 30, index: true },
      {
        name: 'synonyms',
        label: 'Synoniemen',
        type: 'text',
        hasMany: true,
        admin: { description: 'Andere woorden voor hetzelfde; de zoekfunctie vindt het begrip ook daarop.' },
      },
      {
        name: 'alsoSearchedAs',
        label: 'Ook gezocht als',
        type: 'text',
        hasMany: true,
        maxRows: 30,
        maxLength: 80,
        admin: {
          description:
            'Hoe professionals ernaar zoeken in hun eigen woorden, bijvoorbeeld "niet eens worden" of "maatregel afgelopen". Wie dat intypt, vindt de pagina’s over dit begrip; andersom niet. Werkt in beide zoekmachines.',
        },
      },
      { name: 'definition', label: 'Betekenis', type: 'textarea', required: true, maxLength: 1200 },
    ],
  }),
}
