import type { Block } from 'payload'

export const DownloadCardBlock: Block = {
  slug: 'downloadCard',
  interfaceName: 'DownloadCardBlock',
  labels: { singular: 'Downloadkaart', plural: 'Downloadkaarten' },
  fields: [
    { name: 'file', label: 'Bestand', type: 'upload', relationTo: 'media', required: true },
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 160 },
    { name: 'description', label: 'Omschrijving', type: 'textarea', maxLength: 500 },
  ],
}
