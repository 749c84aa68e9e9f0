import type { Block } from 'payload'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Let op-kader', plural: 'Let op-kaders' },
  fields: [
    {
      name: 'variant',
      label: 'Soort',
      type: 'select',
      defaultValue: 'let-op',
      required: true,
      options: [
        { value: 'let-op', label: 'Let op' },
        { value: 'info', label: 'Goed om te weten' },
        { value: 'veiligheid', label: 'Veiligheid eerst' },
      ],
    },
    { name: 'title', label: 'Kop', type: 'text', maxLength: 120 },
    { name: 'text', label: 'Tekst', type: 'textarea', required: true, maxLength: 2000 },
  ],
}
