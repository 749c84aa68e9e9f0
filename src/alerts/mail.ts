import type { Payload, PayloadRequest } from 'payload'

import { MAIL_QUEUE } from '../mail/queue'

/** Alert mails go through the same queue (and SMTP settings, retries) as the training mails. */
export const ALERT_MAIL_TASK = 'sendAlertMail'

export type AlertMailInput =
  | { kind: 'confirm'; subscription: string }
  | { kind: 'manage'; subscription: string }
  | { kind: 'digest'; subscription: string; digest: string }

export async function queueAlertMail(payload: Payload, input: AlertMailInput, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({
    task: ALERT_MAIL_TASK,
    queue: MAIL_QUEUE,
    input: input,
    ...(req ? { req } : {}),
  })
}
