import type { CollectionConfig } from 'payload'

import { REMARK_MAX } from '../../src/feedback/messages'
import { FEEDBACK_TARGET_LABELS, FEEDBACK_TARGETS } from '../../src/feedback/targets'
import { selectField } from '../../src/fields/select'
import { access } from './access'
import { queueOwnerMail } from './hooks/queueOwnerMail'

const readOnly = { readOnly: true } as const

/**
 * "Was deze pagina nuttig?": what readers answered under a content page. Only the answer, the
 * remark and (when the reader wants a reply) an address are kept: no IP address, no browser, no
 * account. The page's owner gets each remark by mail; the project office works the list here.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Reactie van een lezer', plural: 'Reacties van lezers' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'pageTitle',
    defaultColumns: ['pageTitle', 'helpful', 'remark', 'handled', 'createdAt'],
    description: 'Antwoorden op "Was deze pagina nuttig?" onder de pagina’s. Opmerkingen gaan ook per e-mail naar de eigenaar van de pagina.',
  },
  graphQL: false,
  access,
  hooks: { afterChange: [queueOwnerMail] },
  fields: [
    { name: 'pageTitle', label: 'Pagina', type: 'text', required: true, maxLength: 200, admin: readOnly },
    { name: 'pagePath', label: 'Adres', type: 'text', required: true, maxLength: 300, admin: readOnly },
    {
      name: 'target',
      label: 'Soort pagina',
      type: 'select',
      required: true,
      options: FEEDBACK_TARGETS.map((value) => ({ value, label: FEEDBACK_TARGET_LABELS[value] })),
      admin: readOnly,
    },
    { name: 'documentId', label: 'Document-id', type: 'text', admin: { ...readOnly, hidden: true } },
    selectField({ name: 'helpful', label: 'Nuttig?', admin: readOnly }, { ja: 'Ja', nee: 'Nee' }),
    { name: 'remark', label: 'Opmerking', type: 'textarea', maxLength: REMARK_MAX, admin: readOnly },
    {
      name: 'email',
      label: 'E-mailadres voor een antwoord',
      type: 'email',
        admin: { ...readOnly, description: 'Alleen als de lezer om een antwoord vroeg.' },
    },
    { name: 'owner', label: 'Doorgestuurd aan', type: 'email', admin: { ...readOnly, position: 'sidebar' } },
    { name: 'mailedAt', label: 'Doorgestuurd op', type: 'date', admin: { ...readOnly, position: 'sidebar' } },
    { name: 'handled', label: 'Afgehandeld', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'editorNote', label: 'Notitie van de redactie', type: 'textarea', maxLength: 2000 },
  ],
  timestamps: true,
}
