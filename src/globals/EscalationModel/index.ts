import type { Field, GlobalConfig } from 'payload'

import { contentFields, globalDraftVersions } from '../../fields/content'
import { access } from './access'

/** A criterion or a principle: a short title (a heading on the page and in search) and its explanation. */
const explained = (titleLabel: string): Field[] => [
  { name: 'title', label: titleLabel, type: 'text', required: true, maxLength: 200 },
  { name: 'description', label: 'Toelichting', type: 'textarea', maxLength: 800 },
]

export const EscalationModel: GlobalConfig = {
  slug: 'escalation-model',
  label: 'Escalatiemodel',
  admin: { group: 'Kennis' },
  versions: globalDraftVersions,
  access,
  fields: contentFields({
    fields: [
      {
        name: 'criteria',
        label: 'Wanneer escaleert u',
        labels: { singular: 'Criterium', plural: 'Criteria' },
        type: 'array',
        minRows: 1,
        fields: explained('Situatie'),
      },
      {
        name: 'levels',
        label: 'Treden (in volgorde)',
        labels: { singular: 'Trede', plural: 'Treden' },
        type: 'array',
        minRows: 1,
        fields: [
          { name: 'title', label: 'Trede', type: 'text', required: true, maxLength: 160 },
          { name: 'who', label: 'Wie schaalt op', type: 'text', required: true, maxLength: 200 },
          { name: 'to', label: 'Naar wie', type: 'text', required: true, maxLength: 200 },
          { name: 'withinWorkingDays', label: 'Binnen (werkdagen)', type: 'number', required: true, min: 0, max: 60 },
          { name: 'expectedOutcome', label: 'Verwachte uitkomst', type: 'textarea', required: true, maxLength: 800 },
          {
            name: 'question',
            label: 'Vraag in de wegwijzer',
            type: 'text',
            maxLength: 240,
            admin: { description: 'De vraag waarmee de wegwijzer bepaalt of deze trede de juiste is.' },
          },
          { name: 'contact', label: 'Contact', type: 'text', maxLength: 240 },
        ],
      },
      {
        name: 'principles',
        label: 'Uitgangspunten',
        labels: { singular: 'Uitgangspunt', plural: 'Uitgangspunten' },
        type: 'array',
        fields: explained('Uitgangspunt'),
      },
    ],
  }),
}
