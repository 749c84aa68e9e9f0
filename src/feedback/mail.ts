import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { Feedback } from '../../payload-types'
import { projectOfficeAddress } from '../fields/owner'
import { siteUrl } from '../lib/seo'
import { adminPath } from '../lib/urls'
import { MAIL_QUEUE } from '../mail/queue'
import { sendAutomatedMail } from '../mail/send'
import { type MailJobOutcome, mailTask } from '../plugins/kit'
import { feedbackMail } from '../mail/templates/feedback'

export const FEEDBACK_MAIL_TASK = 'sendFeedbackMail'

/** Puts the mail to the page's owner on the mail queue, inside the caller's transaction. */
export async function queueFeedbackMail(req: PayloadRequest, feedback: number | string): Promise<void> {
  await req.payload.jobs.queue({ task: FEEDBACK_MAIL_TASK, queue: MAIL_QUEUE, input: { feedback: String(feedback) }, req })
}

/**
 * Sends one remark to the owner of its page, built from what is stored now. Sent once: a retried
 * job after a success finds `mailedAt` set. A mail server that is down makes this throw, and the
 * job system tries again later (the remark is stored whatever happens to the mail).
 */
export async function sendFeedbackMail(payload: Payload, id: string): Promise<MailJobOutcome> {
  const feedbackId = payload.db.defaultIDType === 'number' ? Number(id) : id
  const doc = (await payload.findByID({ collection: 'feedback', id: feedbackId, depth: 0, overrideAccess: true, disableErrors: true })) as Feedback | null
  if (!doc || !doc.remark) return { sent: false, skipped: 'feedback gone or without remark' }
  if (doc.mailedAt) return { sent: false, skipped: 'already mailed' }
  const mail = feedbackMail({
    pageTitle: doc.pageTitle,
    pageUrl: `${siteUrl()}${doc.pagePath}`,
    helpful: doc.helpful ?? null,
    remark: doc.remark,
    replyTo: doc.email ?? null,
    adminUrl: `${siteUrl()}${adminPath({ collection: 'feedback', id: doc.id })}`,
  })
  await sendAutomatedMail(
    payload,
    {
      to: doc.owner || projectOfficeAddress(),
      ...(doc.email ? { replyTo: doc.email } : {}),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    },
    `mail for feedback ${doc.id}`,
  )
  await payload.update({ collection: 'feedback', id: doc.id, data: { mailedAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
  return { sent: true }
}

export function sendFeedbackMailTask({ retryDelayMs, attempts }: { retryDelayMs: number; attempts: number }): TaskConfig {
  return mailTask<{ feedback: string }>({
    slug: FEEDBACK_MAIL_TASK,
    label: 'E-mail met een reactie van een lezer',
    input: [{ name: 'feedback', type: 'text', required: true }],
    attempts,
    retryDelayMs,
    send: (payload, { feedback }) => sendFeedbackMail(payload, feedback),
  })
}
