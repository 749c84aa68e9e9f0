import type { Block } from 'payload'

import { selectField } from '../../fields/select'

/** The kinds of callout; the label is also the callout's title on the site when the editor gives none. */
export const CALLOUT_VARIANTS = {
  'let-op': 'Let op',
  info: 'Goed om te weten',
  veiligheid: 'Veiligheid eerst',
} as const

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Let op-kader', plural: 'Let op-kaders' },
  fields: [
    selectField({ name: 'variant', label: 'Soort', defaultValue: 'let-op', required: true }, CALLOUT_VARIANTS),
    { name: 'title', label: 'Kop', type: 'text', maxLength: 120 },
    { name: 'text', label: 'Tekst', type: 'textarea', required: true, maxLength: 2000 },
  ],
}
