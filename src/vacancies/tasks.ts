import { scheduledTask } from '../plugins/kit'
import { closeExpiredVacancies } from './closeExpired'

/**
 * Closes vacancies whose closing day has passed. Hourly at one minute past, so a vacancy closes
 * within the first hour of the next Amsterdam day whatever time zone or DST the server has.
 */
export const closeVacanciesTask = scheduledTask({
  slug: 'closeExpiredVacancies',
  label: 'Vacatures na de sluitingsdatum sluiten',
  cron: '0 1 * * * *',
  output: { closed: 'number', cutoff: 'text' },
  run: (payload) => closeExpiredVacancies(payload),
})
