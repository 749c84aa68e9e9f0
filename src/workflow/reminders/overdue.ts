import type { Field, Payload, PayloadRequest, Where } from 'payload'

import { isRecord } from '../../lib/records'
import { adminPath } from '../../lib/urls'

type ID = number | string

export type OverdueItem = {
  kind: 'collection' | 'global'
  /** Collection or global slug. */
  target: string
  label: string
  id: ID | null
  title: string
  nextReviewDue: string
  adminPath: string
  doc: Record<string, unknown>
}

const hasTopLevelField = (fields: Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

const labelOf = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' && 'nl' in label ? String((label as { nl: string }).nl) : fallback

const hasDrafts = (versions: unknown) => Boolean(versions && typeof versions === 'object' && (versions as { drafts?: unknown }).drafts)

export type FindOverdueOptions = {
  now: Date
  /** Only what this request's user may edit (the dashboard); without it, everything (the reminder job). */
  editorReq?: PayloadRequest
  /** Per collection; the dashboard shows a short list. */
  limit?: number
}

/**
 * Published content whose review date has passed: every collection and global with a
 * `nextReviewDue` field, so a new content type is covered without being listed here.
 */
export async function findOverdue(payload: Payload, { now, editorReq, limit = 200 }: FindOverdueOptions): Promise<OverdueItem[]> {
  const due: Where = { nextReviewDue: { less_than_equal: now.toISOString() } }
  const items: OverdueItem[] = []

  for (const collection of payload.config.collections) {
    if (!hasTopLevelField(collection.fields, 'nextReviewDue')) continue
    const conditions: Where[] = [due]
    if (hasDrafts(collection.versions)) conditions.push({ _status: { equals: 'published' } })
    if (editorReq) {
      const rule = await collection.access.update?.({ req: editorReq })
      if (!rule) continue
      if (rule !== true) conditions.push(rule as Where)
    }
    const { docs } = await payload.find({
      // Any collection with the field, known only at run time; 'pages' stands in for its slug's type.
      collection: collection.slug as 'pages',
      where: { and: conditions },
      sort: 'nextReviewDue',
      depth: 0,
      limit,
      overrideAccess: true,
    })
    for (const doc of docs) {
      if (!isRecord(doc)) continue
      items.push({
        kind: 'collection',
        target: collection.slug,
        label: labelOf(collection.labels?.singular, collection.slug),
        id: doc.id,
        title: String(doc.title ?? doc.slug ?? doc.id),
        nextReviewDue: String(doc.nextReviewDue),
        adminPath: adminPath({ collection: collection.slug, id: doc.id }),
        doc,
      })
    }
  }

  for (const global of payload.config.globals) {
    if (!hasTopLevelField(global.fields, 'nextReviewDue')) continue
    if (editorReq && !(await global.access.update?.({ req: editorReq }))) continue
    // As above: 'vision' stands in for the type of a slug known only at run time.
    const doc = await payload.findGlobal({ slug: global.slug as 'vision', depth: 0, overrideAccess: true })
    if (!isRecord(doc)) continue
    const nextReviewDue = doc.nextReviewDue
    if (typeof nextReviewDue !== 'string' || new Date(nextReviewDue) > now) continue
    if (hasDrafts(global.versions) && doc._status !== 'published') continue
    items.push({
      kind: 'global',
      target: global.slug,
      label: labelOf(global.label, global.slug),
      id: null,
      title: String(doc.title ?? labelOf(global.label, global.slug)),
      nextReviewDue,
      adminPath: adminPath({ global: global.slug }),
      doc,
    })
  }
  return items.sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue))
}
