import type { Plugin } from 'payload'

import { closeVacanciesTask } from './tasks'

/**
 * The vacancies' own job. It runs on the maintenance queue, which the trainings plugin's autorun
 * already works through (with the scheduled runs it queues), so nothing else needs starting.
 */
export const vacanciesPlugin: Plugin = (config) => ({
  ...config,
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), closeVacanciesTask] },
})
