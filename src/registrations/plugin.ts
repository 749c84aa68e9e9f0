import type { Plugin } from 'payload'

import { addJobs, MAINTENANCE_QUEUE, type QueueRunner } from '../plugins/kit'
import { MAIL_QUEUE } from '../mail/queue'
import { sendRegistrationMailTask } from '../mail/sendRegistrationMail'
import { cancelEndpoint } from './endpoints/cancel'
import { exportCsvEndpoint } from './endpoints/exportCsv'
import { registerEndpoint } from './endpoints/register'
import { reminderTask, retentionTask } from './tasks'

export type TrainingsPluginOptions = {
  /** Base delay of the mail retries (exponential). Default MAIL_RETRY_DELAY_MS or 30 s. */
  mailRetryDelayMs?: number
  /** Attempts per mail before the job is marked failed. Default 12 (about 34 hours with 30 s). */
  mailAttempts?: number
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return value && Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback
}

/**
 * In a long-running server the queues run by themselves: mails every ten seconds, housekeeping
 * (reminders, retention) every minute, which also queues their scheduled runs. Payload starts
 * these crons when an instance is created with `cron: true` (every API and admin request does,
 * and instrumentation.ts at start-up). JOBS_AUTORUN=false turns it off for an instance that should
 * only serve pages; tests run the queues themselves with payload.jobs.run().
 */
const RUNNERS: QueueRunner[] = [
  { cron: '*/10 * * * * *', queue: MAIL_QUEUE, limit: 50 },
  { cron: '0 * * * * *', queue: MAINTENANCE_QUEUE, limit: 5 },
]

/** Registrations, their mails and their housekeeping, added to the portal config. */
export const trainingsPlugin =
  (options: TrainingsPluginOptions = {}): Plugin =>
  (config) => {
    const mailTask = sendRegistrationMailTask({
      retryDelayMs: options.mailRetryDelayMs ?? positiveNumber(process.env.MAIL_RETRY_DELAY_MS, 30_000),
      attempts: options.mailAttempts ?? 12,
    })
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === 'registrations'
          ? { ...collection, endpoints: [...(collection.endpoints || []), registerEndpoint, cancelEndpoint, exportCsvEndpoint] }
          : collection,
      ),
      // Jobs carry registration ids; only admins may queue or run them by hand over the API.
      jobs: addJobs(config, { tasks: [mailTask, reminderTask, retentionTask], runners: RUNNERS, adminOnlyApi: true }),
    }
  }
