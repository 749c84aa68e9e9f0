import type { Payload, Plugin, TaskConfig } from 'payload'

import type { MailReceipt } from '../../payload-types'
import { MAIL_RECEIPTS, MailReceipts } from '../../collections/MailReceipts'
import { PASSWORD_RESET_TASK } from '../../collections/Users/passwordReset'
import { ALERT_MAIL_TASK } from '../alerts/mail'
import { REVIEW_REMINDER_MAIL_TASK } from '../workflow/reminders/queueReminders'
import { MAIL_TASK } from './queue'

/**
 * A claim older than this belongs to a worker that died mid-send; another may take it over. Far
 * longer than any mail server lets a send take.
 */
export const CLAIM_LEASE_MS = 10 * 60_000

export type ClaimOutcome = 'claimed' | 'sent' | 'busy'

async function findReceipt(payload: Payload, key: string): Promise<MailReceipt | null> {
  const { docs } = await payload.find({
    collection: MAIL_RECEIPTS,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] ?? null
}

/**
 * Claims the mail with this key: inserts its receipt, which the unique index lets exactly one
 * caller do (on every database, in its own transaction, committed at once). A job that was picked
 * up twice, or retried after its mail went out, finds the receipt and sends nothing.
 */
export async function claimMail(payload: Payload, key: string, now = Date.now()): Promise<ClaimOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await payload.create({ collection: MAIL_RECEIPTS, data: { key, state: 'sending' }, overrideAccess: true, depth: 0 })
      return 'claimed'
    } catch (error) {
      const existing = await findReceipt(payload, key)
      if (!existing) throw error
      if (existing.state === 'sent') return 'sent'
      if (now - Date.parse(existing.createdAt) < CLAIM_LEASE_MS) return 'busy'
      // A stale claim: remove it by id and insert anew; if two take it over, the insert decides.
      await payload.delete({ collection: MAIL_RECEIPTS, id: existing.id, overrideAccess: true })
    }
  }
  return 'busy'
}

/** The mail went out: the claim becomes the sent marker. */
export async function markMailSent(payload: Payload, key: string): Promise<void> {
  await payload.update({
    collection: MAIL_RECEIPTS,
    where: { key: { equals: key } },
    data: { state: 'sent', sentAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
}

/** The send failed: the claim is given up, so the job's retry can claim and send again. */
export async function releaseMail(payload: Payload, key: string): Promise<void> {
  await payload.delete({ collection: MAIL_RECEIPTS, where: { and: [{ key: { equals: key } }, { state: { equals: 'sending' } }] }, overrideAccess: true })
}

/**
 * The receipt key of a job: its task, id and creation time, the same on every retry and for every
 * worker. The time because SQLite hands a deleted row's id to the next one, and completed jobs are
 * deleted: the id alone would make a new job look sent.
 */
export const jobMailKey = (task: string, job: { id: number | string; createdAt?: string | null }) =>
  `${task}:${String(job.id)}:${job.createdAt ?? ''}`

/**
 * Makes a mail task send at most once per job: the handler runs only after the job's claim, its
 * success turns the claim into the sent marker, and its failure (a mail server that is down)
 * releases the claim for the retry. While another worker holds the claim the job fails for now and
 * is retried with its backoff: by then the mail is either marked sent or free again.
 */
export function sendOnce(task: TaskConfig): TaskConfig {
  const original = task.handler
  if (typeof original !== 'function') return task
  const handler: typeof original = async (args) => {
    const { req, job } = args
    const key = jobMailKey(task.slug, job)
    const claim = await claimMail(req.payload, key)
    if (claim === 'sent') return { output: { sent: false, skipped: 'already sent' } }
    if (claim === 'busy') throw new Error(`mail ${key} is being sent by another worker; trying again later`)
    let result: Awaited<ReturnType<typeof original>>
    try {
      result = await original(args)
    } catch (error) {
      await releaseMail(req.payload, key).catch(() => undefined)
      throw error
    }
    await markMailSent(req.payload, key)
    return result
  }
  return { ...task, handler }
}

/** Every task that sends a mail (registrations, alerts, review reminders, password resets). */
export const MAIL_TASK_SLUGS: readonly string[] = [MAIL_TASK, ALERT_MAIL_TASK, REVIEW_REMINDER_MAIL_TASK, PASSWORD_RESET_TASK]

/**
 * Gives every mail task its sent marker; last among the plugins, after all tasks are added. The
 * receipts collection comes with it, after the content plugins: a receipt is no content (no page
 * cache to drop, nothing to audit) and its access already says nobody.
 */
export const sentMarkersPlugin: Plugin = (config) => ({
  ...config,
  collections: [...(config.collections ?? []), MailReceipts],
  jobs: {
    ...config.jobs,
    tasks: (config.jobs?.tasks ?? []).map((task) => (MAIL_TASK_SLUGS.includes(task.slug) ? sendOnce(task) : task)),
  },
})
