import type { PayloadRequest } from 'payload'

import type { MailTemplateName } from './templates'

/** Mails have a queue of their own, so a slow maintenance job never holds a confirmation up. */
export const MAIL_QUEUE = 'mail'
export const MAIL_TASK = 'sendRegistrationMail'

/** A template, or "registered": the confirmation or the waitlist mail, whichever is true when it is sent. */
export type MailJobTemplate = MailTemplateName | 'registered'

export type MailJobInput = { template: MailJobTemplate; registration: number | string }


/**
 * Puts a mail on the queue inside the caller's transaction: the job exists exactly when the
 * registration change it announces was committed. The job holds only the template name and the
 * registration id; the mail is built when it is sent, from what is stored then.
 */
export async function queueMail(req: PayloadRequest, input: MailJobInput): Promise<number | string> {
  // Stored as text, which both numeric (SQL) and ObjectId (MongoDB) ids survive.
  const stored = { template: input.template, registration: String(input.registration) }
  const job = (await req.payload.jobs.queue({ task: MAIL_TASK, queue: MAIL_QUEUE, input: stored, req })) as { id: number | string }
  return job.id
}
