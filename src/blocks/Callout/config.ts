import type { Block } from 'payload'

import { selectField } from '../../fields/select'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Let op-kader', plural: 'Let op-kaders' },
  fields: [
    selectField(
      { name: 'variant', label: 'Soort', defaultValue: 'let-op', required: true },
      { 'let-op': 'Let op', info: 'Goed om te weten', veiligheid: 'Veiligheid eerst' },
    ),
    { name: 'title', label: 'Kop', type: 'text', maxLength: 120 },
    { name: 'text', label: 'Tekst', type: 'textarea', required: true, maxLength: 2000 },
  ],
}
