import type { CollectionConfig } from 'payload'

import { access } from './access'

/**
 * That one change went (or is going) to one subscription: unique per subscription and change, so
 * a retried digest run or a second instance cannot send it again. `digest` groups the deliveries
 * of one mail; `sentAt` is set when that mail went out.
 */
export const AlertDeliveries: CollectionConfig = {
  slug: 'alert-deliveries',
  labels: { singular: 'Verzending', plural: 'Verzendingen' },
  admin: { group: 'Beheer', defaultColumns: ['subscription', 'change', 'sentAt'] },
  access,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'subscription', type: 'relationship', relationTo: 'alert-subscriptions', required: true, index: true },
    { name: 'change', type: 'relationship', relationTo: 'alert-changes', required: true, index: true },
    { name: 'digest', type: 'text', required: true, index: true },
    { name: 'sentAt', type: 'date' },
  ],
}
