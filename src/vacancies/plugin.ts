import type { Plugin } from 'payload'

import { addJobs } from '../plugins/kit'
import { closeVacanciesTask } from './tasks'

/**
 * The vacancies' own job. It runs on the maintenance queue, which the trainings plugin's autorun
 * already works through (with the scheduled runs it queues), so nothing else needs starting.
 */
export const vacanciesPlugin: Plugin = (config) => ({
  ...config,
  jobs: addJobs(config, { tasks: [closeVacanciesTask] }),
})
