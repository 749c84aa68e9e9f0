import type { TaskConfig } from 'payload'

import { queueReminders } from './reminders'
import { eraseExpiredRegistrations } from './retention'

/** Housekeeping jobs; they run on their own queue beside the mails. */
export const MAINTENANCE_QUEUE = 'maintenance'

export const reminderTask: TaskConfig = {
  slug: 'queueRegistrationReminders',
  label: 'Herinneringen twee dagen voor een sessie klaarzetten',
  // Every hour at five past: each session is picked up once, within its last 48 hours.
  schedule: [{ cron: '0 5 * * * *', queue: MAINTENANCE_QUEUE }],
  retries: { attempts: 3, backoff: { type: 'fixed', delay: 60_000 } },
  outputSchema: [
    { name: 'sessions', type: 'number' },
    { name: 'mails', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await queueReminders(req.payload) }),
} as TaskConfig

export const retentionTask: TaskConfig = {
  slug: 'eraseExpiredRegistrations',
  label: 'Persoonsgegevens van oude inschrijvingen wissen',
  schedule: [{ cron: '0 30 3 * * *', queue: MAINTENANCE_QUEUE }],
  retries: { attempts: 3, backoff: { type: 'fixed', delay: 10 * 60_000 } },
  outputSchema: [
    { name: 'erased', type: 'number' },
    { name: 'cutoff', type: 'text' },
  ],
  handler: async ({ req }) => ({ output: await eraseExpiredRegistrations(req.payload) }),
} as TaskConfig
