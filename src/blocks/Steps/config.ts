import type { Block } from 'payload'

export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Genummerde stappen', plural: 'Genummerde stappen' },
  fields: [
    {
      name: 'steps',
      label: 'Stappen',
      labels: { singular: 'Stap', plural: 'Stappen' },
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        { name: 'title', label: 'Stap', type: 'text', required: true, maxLength: 160 },
        { name: 'who', label: 'Wie', type: 'text', maxLength: 160 },
        { name: 'timeframe', label: 'Binnen welke termijn', type: 'text', maxLength: 80 },
        { name: 'text', label: 'Toelichting', type: 'textarea', maxLength: 2000 },
      ],
    },
  ],
}
