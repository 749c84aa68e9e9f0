import type { Payload } from 'payload'

import { MAIL_QUEUE } from '../../mail/queue'
import { findOverdue } from './overdue'
import { type Owner, ownersOf } from './owners'

export const REVIEW_REMINDER_MAIL_TASK = 'sendReviewReminder'

export type ReminderMailInput = { user: number | string; items: { target: string; id: number | string | null }[] }

export type ReminderRun = { overdue: number; alreadyReminded: number; mails: number }

/** One reminder per document per review date: the next run does not ask again. */
const reminderKey = (target: string, id: unknown, due: string) => `review-reminder:${target}:${id ?? 'global'}:${due}`

/**
 * Asks the owners of overdue content to review it: one mail per owner, listing their items, queued
 * on the mail queue so a mail server that is down loses nothing. Run daily by a job.
 */
export async function queueReviewReminders(payload: Payload, { now }: { now: Date }): Promise<ReminderRun> {
  const overdue = await findOverdue(payload, { now })
  const perOwner = new Map<string, { owner: Owner; items: ReminderMailInput['items'] }>()
  const keys: string[] = []
  let alreadyReminded = 0

  for (const item of overdue) {
    const key = reminderKey(item.target, item.id, item.nextReviewDue)
    if (await payload.kv.has(key)) {
      alreadyReminded++
      continue
    }
    keys.push(key)
    for (const owner of await ownersOf(payload, item)) {
      const entry = perOwner.get(String(owner.id)) ?? { owner, items: [] }
      entry.items.push({ target: item.target, id: item.id })
      perOwner.set(String(owner.id), entry)
    }
  }

  for (const { owner, items } of perOwner.values()) {
    await payload.jobs.queue({
      task: REVIEW_REMINDER_MAIL_TASK,
      queue: MAIL_QUEUE,
      // Stored as text (the task's input schema), which both numeric (SQL) and ObjectId (MongoDB) ids survive.
      input: { user: String(owner.id), items } satisfies ReminderMailInput,
    })
  }
  for (const key of keys) await payload.kv.set(key, { remindedAt: now.toISOString() })
  if (perOwner.size) payload.logger.info(`workflow: ${perOwner.size} herinnering(en) voor ${keys.length} te herziene stuk(ken) in de mailwachtrij`)
  return { overdue: overdue.length, alreadyReminded, mails: perOwner.size }
}
