import type { Plugin } from 'payload'

import { Feedback } from '../../collections/Feedback'
import { addJobs } from '../plugins/kit'
import { sendFeedbackMailTask } from './mail'

/**
 * "Was deze pagina nuttig?": the collection of readers' answers and the mail task that sends a
 * remark to the page's owner. The task runs on the mail queue, whose runner the trainings plugin
 * adds; the form's route is app/(frontend)/reactie.
 */
export const feedbackPlugin =
  (options: { mailRetryDelayMs?: number; mailAttempts?: number } = {}): Plugin =>
  (config) => {
    const delay = Number(process.env.MAIL_RETRY_DELAY_MS)
    const task = sendFeedbackMailTask({
      retryDelayMs: options.mailRetryDelayMs ?? (Number.isFinite(delay) && delay >= 0 && process.env.MAIL_RETRY_DELAY_MS ? delay : 30_000),
      attempts: options.mailAttempts ?? 12,
    })
    return {
      ...config,
      collections: [...(config.collections ?? []), Feedback],
      jobs: addJobs(config, { tasks: [task], adminOnlyApi: true }),
    }
  }
