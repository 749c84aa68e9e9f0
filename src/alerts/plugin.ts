import type { CollectionAfterChangeHook, Plugin } from 'payload'

import { MAIL_QUEUE } from '../mail/queue'
import { addJobs, appendCollectionHooks, labelHook, mapCollections, scheduledTask } from '../plugins/kit'
import { confirm } from './confirm'
import { buildDigests } from './digest'
import { alertEndpoint } from './http'
import { changeFrequency, requestManageLinks, unsubscribe } from './manage'
import {
  recordSessionChangesHook,
  recordTrainingChangesHook,
  recordVacancyChangesHook,
  recordWorkingMethodChangesHook,
} from './recordChange'
import { eraseStaleAlerts } from './retention'
import { sendAlertMailTask } from './send'
import { type Frequency, subscribe } from './subscribe'

/**
 * Digest runs. They are scheduled on the mail queue, which every instance works through every
 * ten seconds (the trainings plugin's autorun); cron times are the server's (UTC): the daily
 * digest goes out at 06:00 UTC (7 or 8 o'clock in the Netherlands), the weekly one on Mondays.
 */
const digestTask = (frequency: Frequency, cron: string) =>
  scheduledTask({
    slug: `alertDigest_${frequency}`,
    label: `E-mailmeldingen: ${frequency === 'immediately' ? 'direct' : frequency === 'daily' ? 'dagelijks' : 'wekelijks'} overzicht`,
    cron,
    queue: MAIL_QUEUE,
    output: { subscriptions: 'number', digests: 'number', deliveries: 'number' },
    run: (payload) => buildDigests(payload, frequency),
  })

const retentionTask = scheduledTask({
  slug: 'eraseStaleAlerts',
  label: 'Onbevestigde e-mailmeldingen en oude meldingen wissen',
  cron: '0 45 3 * * *',
  retryDelayMs: 10 * 60_000,
  output: { unconfirmed: 'number', changes: 'number' },
  run: (payload) => eraseStaleAlerts(payload),
})

/** What of a save is news for subscribers, per collection a finder lists. */
const CHANGE_HOOKS: Record<string, CollectionAfterChangeHook> = {
  vacancies: recordVacancyChangesHook as CollectionAfterChangeHook,
  trainings: recordTrainingChangesHook as CollectionAfterChangeHook,
  'training-sessions': recordSessionChangesHook as CollectionAfterChangeHook,
  'working-methods': recordWorkingMethodChangesHook as CollectionAfterChangeHook,
}

/** E-mail alerts: endpoints under /api/alerts, the change hooks of the finders' collections, and their jobs. */
export const alertsPlugin =
  (options: { mailRetryDelayMs?: number; mailAttempts?: number } = {}): Plugin =>
  (config) => ({
    ...config,
    collections: mapCollections(
      config,
      (collection) =>
        appendCollectionHooks(collection, {
          afterChange: [labelHook('meldingen: wijziging vastleggen', CHANGE_HOOKS[collection.slug]!)],
        }),
      Object.keys(CHANGE_HOOKS),
    ),
    endpoints: [
      ...(config.endpoints ?? []),
      alertEndpoint('subscribe', 202, (payload, body) => subscribe(payload, body)),
      alertEndpoint('confirm', 200, (payload, body) => confirm(payload, body.token)),
      alertEndpoint('unsubscribe', 200, (payload, body, req) =>
        unsubscribe(payload, new URL(req.url ?? 'http://x').searchParams.get('token') ?? body.token),
      ),
      {
        // Someone who opens the one-click address in a browser gets the manage page, which asks first.
        path: '/alerts/unsubscribe',
        method: 'get',
        handler: async (req) => {
          const token = new URL(req.url ?? 'http://x').searchParams.get('token') ?? ''
          const location = /^[A-Za-z0-9_-]{43}$/.test(token)
            ? `/meldingen/beheren?token=${token}`
            : '/meldingen/beheren'
          return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
        },
      },
      alertEndpoint('frequency', 200, (payload, body) => changeFrequency(payload, body)),
      alertEndpoint('manage-link', 202, (payload, body) => requestManageLinks(payload, body)),
    ],
    jobs: addJobs(config, {
      tasks: [
        sendAlertMailTask({
          retryDelayMs: options.mailRetryDelayMs ?? (Number(process.env.MAIL_RETRY_DELAY_MS) || 30_000),
          attempts: options.mailAttempts ?? 12,
        }),
        digestTask('immediately', '0 * * * * *'),
        digestTask('daily', '0 0 6 * * *'),
        digestTask('weekly', '0 0 6 * * 1'),
        retentionTask,
      ],
    }),
  })
