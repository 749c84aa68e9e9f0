import type { TaskConfig } from 'payload'

import { REVIEW_REMINDER_MAIL_TASK, type ReminderMailInput, queueReviewReminders } from './queueReminders'
import { sendReviewReminderMail } from './reminderMail'
import { mailTask } from '../../plugins/kit'

/** The queue of the workflow's own jobs; Payload puts scheduled publishing there too. */
export const WORKFLOW_QUEUE = 'default'

export const REVIEW_REMINDERS_TASK = 'queueReviewReminders'

/** Every morning: find what is overdue and queue the mails. */
export const reviewRemindersTask = {
  slug: REVIEW_REMINDERS_TASK,
  label: 'Herinneringen voor herziening klaarzetten',
  schedule: [{ cron: '0 0 7 * * *', queue: WORKFLOW_QUEUE }],
  outputSchema: [
    { name: 'overdue', type: 'number' },
    { name: 'mails', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { overdue, mails } = await queueReviewReminders(req.payload, { now: new Date() })
    return { output: { overdue, mails } }
  },
} as TaskConfig

/** One reminder mail; retried with backoff while the mail server is down. */
export const reviewReminderMailTask = mailTask<ReminderMailInput>({
  slug: REVIEW_REMINDER_MAIL_TASK,
  label: 'Herinnering voor herziening versturen',
  input: [
    { name: 'user', type: 'text', required: true },
    { name: 'items', type: 'json', required: true },
  ],
  attempts: 12,
  retryDelayMs: 30_000,
  send: sendReviewReminderMail,
})
