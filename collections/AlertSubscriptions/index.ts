import type { CollectionConfig } from 'payload'

import { selectField } from '../../src/fields/select'
import { access } from './access'

/**
 * One e-mail address following one subscriber list. Holds only what sending needs: the address,
 * the list (the filters), the frequency, when it was confirmed, and SHA-256 hashes of the
 * confirmation and manage tokens (never the tokens). Unconfirmed ones are erased after 7 days;
 * unsubscribing erases the subscription at once. Admins may read and erase (a request to be
 * forgotten); everything else goes through src/alerts.
 */
export const AlertSubscriptions: CollectionConfig = {
  slug: 'alert-subscriptions',
  labels: { singular: 'E-mailmelding', plural: 'E-mailmeldingen' },
  admin: { group: 'Beheer', useAsTitle: 'email', defaultColumns: ['email', 'list', 'frequency', 'confirmedAt'] },
  access,
  fields: [
    { name: 'email', label: 'E-mail', type: 'email', required: true, index: true },
    { name: 'list', label: 'Lijst', type: 'relationship', relationTo: 'alert-lists', required: true, index: true },
    selectField(
      { name: 'frequency', label: 'Frequentie', required: true, defaultValue: 'daily', index: true },
      { immediately: 'Direct', daily: 'Dagelijks', weekly: 'Wekelijks' },
    ),
    { name: 'confirmedAt', label: 'Bevestigd op', type: 'date', index: true },
    /** One subscription per address per list: SHA-256 of list id and the lower-cased address. */
    { name: 'uniqueKey', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'manageTokenHash', type: 'text', index: true, admin: { hidden: true } },
  ],
}
