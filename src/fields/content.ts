import type { Field } from 'payload'

import { ownerField } from './owner'
import { changeNotesField, lastReviewedAtField, nextReviewDueField } from './review'
import { slugField } from './slug'
import { sourcesField } from './sources'

type ContentFieldOptions = {
  titleLabel?: string
  /** Fields of the content type itself, shown between the summary and the body. */
  fields?: Field[]
  /** Some types (glossary terms) are complete without a body. */
  bodyRequired?: boolean
  /**
   * Knowledge-base fields: sources (Bronnen) and the review dates (Herziening). Off for what is
   * announced rather than agreed (trainings, vacancies): nobody reviews a vacancy every year.
   */
  knowledgeBase?: boolean
  /** The public change notes (Wijzigingen); by default with the knowledge-base fields. Vacancies keep them for the alerts. */
  changeNotes?: boolean
}

/**
 * What every content type has: title, slug, summary, body, review dates, change notes, sources
 * and the "Voorbeeld" flag for demo content that is not an adopted agreement; and the page's owner,
 * who gets the readers' remarks.
 */
export function contentFields({
  titleLabel = 'Titel',
  fields = [],
  bodyRequired = false,
  knowledgeBase = true,
  changeNotes = knowledgeBase,
}: ContentFieldOptions = {}): Field[] {
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
    ...(knowledgeBase ? [sourcesField, lastReviewedAtField, nextReviewDueField] : []),
    ...(changeNotes ? [changeNotesField] : []),
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
    ownerField(),
  ]
}

/** Drafts with versions, shared by every content type. */
export const draftVersions = { drafts: { schedulePublish: true }, maxPerDoc: 25 } as const

/** The same for the content globals (vision, escalation model): Payload calls the limit `max` there. */
export const globalDraftVersions = { drafts: draftVersions.drafts, max: draftVersions.maxPerDoc } as const
