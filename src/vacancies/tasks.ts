import type { TaskConfig } from 'payload'

import { MAINTENANCE_QUEUE } from '../registrations/tasks'
import { closeExpiredVacancies } from './closeExpired'

/**
 * Closes vacancies whose closing day has passed. Hourly at one minute past, so a vacancy closes
 * within the first hour of the next Amsterdam day whatever time zone or DST the server has.
 */
export const closeVacanciesTask: TaskConfig = {
  slug: 'closeExpiredVacancies',
  label: 'Vacatures na de sluitingsdatum sluiten',
  schedule: [{ cron: '0 1 * * * *', queue: MAINTENANCE_QUEUE }],
  retries: { attempts: 3, backoff: { type: 'fixed', delay: 60_000 } },
  outputSchema: [
    { name: 'closed', type: 'number' },
    { name: 'cutoff', type: 'text' },
  ],
  handler: async ({ req }) => ({ output: await closeExpiredVacancies(req.payload) }),
} as TaskConfig
