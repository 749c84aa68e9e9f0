import type { Field } from 'payload'

import { reviewFields } from './review'
import { slugField } from './slug'
import { sourcesField } from './sources'

type ContentFieldOptions = {
  titleLabel?: string
  /** Fields of the content type itself, shown between the summary and the body. */
  fields?: Field[]
  /** Some types (glossary terms) are complete without a body. */
  bodyRequired?: boolean
}

/**
 * What every content type has: title, slug, summary, body, review dates, change notes, sources
 * and the "Voorbeeld" flag for demo content that is not an adopted agreement.
 */
export function contentFields({ titleLabel = 'Titel', fields = [], bodyRequired = false }: ContentFieldOptions = {}): Field[] {
  return [
    { name: 'title', label: titleLabel, type: 'text', required: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'summary',
      label: 'Samenvatting',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Eén of twee zinnen: wat een professional hier vindt.' },
    },
    ...fields,
    { name: 'body', label: 'Inhoud', type: 'richText', required: bodyRequired },
    sourcesField,
    ...reviewFields,
    {
      name: 'isExample',
      label: 'Voorbeeldinhoud',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Aan voor demo-inhoud die geen vastgestelde afspraak is; de site toont dan "Voorbeeld".',
      },
    },
  ]
}

/** Drafts with versions, shared by every content type. */
export const draftVersions = { drafts: { schedulePublish: true }, maxPerDoc: 25 } as const
