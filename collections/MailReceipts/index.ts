import type { CollectionConfig } from 'payload'

import { selectField } from '../../src/fields/select'
import { access } from './access'

export const MAIL_RECEIPTS = 'mail-receipts'

/**
 * The sent marker of every mail job (src/mail/sendOnce.ts). A job claims its mail by inserting the
 * row with its unique key before it sends, so a job that is retried after its mail went out, or
 * that two workers picked up at once, sends nothing the second time. Holds no personal data: the
 * key names the job, not the recipient.
 */
export const MailReceipts: CollectionConfig = {
  slug: MAIL_RECEIPTS,
  labels: { singular: 'Verzonden e-mail', plural: 'Verzonden e-mails' },
  admin: { hidden: true },
  graphQL: false,
  access,
  fields: [
    { name: 'key', label: 'Sleutel', type: 'text', required: true, unique: true, index: true, maxLength: 200 },
    selectField(
      { name: 'state', label: 'Stand', required: true, defaultValue: 'sending' },
      { sending: 'Wordt verstuurd', sent: 'Verstuurd' },
    ),
    { name: 'sentAt', label: 'Verstuurd op', type: 'date' },
  ],
  timestamps: true,
}
