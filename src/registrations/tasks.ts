import { scheduledTask } from '../plugins/kit'
import { queueReminders } from './reminders'
import { eraseExpiredRegistrations } from './retention'

export const reminderTask = scheduledTask({
  slug: 'queueRegistrationReminders',
  label: 'Herinneringen twee dagen voor een sessie klaarzetten',
  // Every hour at five past: each session is picked up once, within its last 48 hours.
  cron: '0 5 * * * *',
  output: { sessions: 'number', mails: 'number' },
  run: (payload) => queueReminders(payload),
})

export const retentionTask = scheduledTask({
  slug: 'eraseExpiredRegistrations',
  label: 'Persoonsgegevens van oude inschrijvingen wissen',
  cron: '0 30 3 * * *',
  retryDelayMs: 10 * 60_000,
  output: { erased: 'number', cutoff: 'text' },
  run: (payload) => eraseExpiredRegistrations(payload),
})
