import type { Payload, TaskConfig } from 'payload'

import type { Registration, Training, TrainingSession } from '../../payload-types'
import { siteUrl } from '../lib/seo'
import { providerContact } from '../registrations/booking'
import { waitlistPlace } from '../registrations/places'
import { cancelToken } from '../registrations/token'
import { type MailJobOutcome, mailTask } from '../plugins/kit'
import { sendAutomatedMail } from './send'
import { MAIL_QUEUE, MAIL_TASK, type MailJobInput, type MailJobTemplate } from './queue'
import { MAIL_TEMPLATE_NAMES, MAIL_TEMPLATES, type MailContext, type MailTemplateName } from './templates'

/** A mail still makes sense only while the registration is in the state it announces. */
const STILL_TRUE: Record<MailJobTemplate, Registration['status'][]> = {
  registered: ['confirmed', 'attended', 'waitlist'],
  confirmation: ['confirmed', 'attended'],
  waitlist: ['waitlist'],
  promoted: ['confirmed', 'attended'],
  cancellation: ['cancelled'],
  'session-cancelled': ['cancelled'],
  reminder: ['confirmed'],
}

export const cancelUrl = (token: string) => `${siteUrl()}/scholing/annuleren?token=${encodeURIComponent(token)}`
export const sessionCalendarUrl = (sessionId: number | string) =>
  `${siteUrl()}/scholing/sessies/${sessionId}/agenda.ics`

/**
 * Builds the mail from what is stored now and hands it to the configured adapter. A mail server
 * that is down makes this throw, and the job system tries again later.
 */
export async function sendRegistrationMail(
  payload: Payload,
  { template: requested, registration }: MailJobInput,
): Promise<MailJobOutcome> {
  if (!(requested in STILL_TRUE)) return { sent: false, skipped: `unknown template ${String(requested)}` }
  const id = payload.db.defaultIDType === 'number' ? Number(registration) : String(registration)
  const doc = (await payload.findByID({
    collection: 'registrations',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
  })) as (Registration & { cancelTokenSalt?: string | null }) | null
  if (!doc || doc.erasedAt || !doc.email || !doc.name) return { sent: false, skipped: 'registration gone or erased' }
  if (!STILL_TRUE[requested].includes(doc.status)) return { sent: false, skipped: `registration is ${doc.status}` }
  const template: MailTemplateName =
    requested === 'registered' ? (doc.status === 'waitlist' ? 'waitlist' : 'confirmation') : requested

  const sessionId = typeof doc.session === 'object' ? doc.session.id : doc.session
  const session = (await payload.findByID({
    collection: 'training-sessions',
    id: sessionId,
    depth: 1,
    overrideAccess: true,
    // overrideAccess also reads the join details, which the templates show only to people with a place.
    disableErrors: true,
  })) as TrainingSession | null
  const training = session && typeof session.training === 'object' ? (session.training as Training) : null
  if (!session || !training) return { sent: false, skipped: 'session gone' }

  const context: MailContext = {
    name: doc.name,
    training: { title: training.title, skjPoints: training.skjPoints },
    session: {
      label: session.label,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      mode: session.mode,
      location: session.location,
      joinDetails: session.joinDetails,
    },
    waitlistPosition:
      doc.status === 'waitlist' && typeof doc.position === 'number'
        ? await waitlistPlace(payload, { session: session.id, position: doc.position })
        : null,
    contact: await providerContact(payload, training),
    links: {
      training: `${siteUrl()}/scholing/${training.slug}`,
      calendar: sessionCalendarUrl(session.id),
      cancel: doc.cancelTokenSalt ? cancelUrl(cancelToken(payload.secret, doc.cancelTokenSalt)) : undefined,
    },
  }
  const mail = MAIL_TEMPLATES[template](context)
  const info = (await sendAutomatedMail(
    payload,
    { to: { name: doc.name, address: doc.email }, subject: mail.subject, text: mail.text, html: mail.html },
    `mail ${template} for registration ${doc.id}`,
  )) as { path?: string } | undefined
  // Without SMTP the mail is a file; say where, but not to whom.
  if (info?.path)
    payload.logger.info(`mail: ${template} for registration ${doc.id} written to ${info.path} (no SMTP_HOST set)`)
  return { sent: true }
}

export type MailTaskOptions = {
  /** Base delay of the exponential backoff: 30 s, 1 min, 2 min, … */
  retryDelayMs: number
  /** With the default delay, twelve attempts keep trying for about a day and a half. */
  attempts: number
}

export function sendRegistrationMailTask({ retryDelayMs, attempts }: MailTaskOptions): TaskConfig {
  return mailTask<MailJobInput>({
    slug: MAIL_TASK,
    label: 'E-mail over een inschrijving',
    input: [
      {
        name: 'template',
        type: 'select',
        required: true,
        options: ['registered', ...MAIL_TEMPLATE_NAMES].map((value) => ({ value, label: value })),
      },
      { name: 'registration', type: 'text', required: true },
    ],
    attempts,
    retryDelayMs,
    send: (payload, { template, registration }) => sendRegistrationMail(payload, { template, registration }),
  })
}

export { MAIL_QUEUE }
