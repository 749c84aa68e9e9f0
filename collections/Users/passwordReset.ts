import type { Endpoint, Payload, PayloadRequest, TaskConfig } from 'payload'

import { siteUrl } from '../../src/lib/seo'
import { MAIL_QUEUE } from '../../src/mail/queue'
import { type MailJobOutcome, mailTask } from '../../src/plugins/kit'
import { renderMail } from '../../src/mail/templates/layout'

/**
 * Password reset, as a visitor sees it: one neutral Dutch answer at once, whether or not the
 * address has an account, and the mail from the mail queue.
 *
 * Payload's own forgot-password looks the account up, writes a token and talks to the mail server
 * inside the request: its time tells whether an account exists, a slow mail server holds the
 * request (and on SQLite every other write), and a mail server that is down loses the mail. Here
 * the request only queues a job with the address; the job looks the account up, has Payload make
 * the token (`disableEmail`, so Payload sends nothing itself) and sends our own mail, retried by
 * the queue like every other mail.
 */

export const PASSWORD_RESET_TASK = 'sendPasswordReset'

export const FORGOT_PASSWORD_ANSWER =
  'Als dit adres bij ons bekend is, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord in te stellen.'

/** A reset link stays valid this long (Payload's default as well). */
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000

/** At most one mail per account in this period, however often the form is sent. */
const MIN_INTERVAL_MS = 60 * 1000

const MAX_BODY_BYTES = 4096

const badRequest = (message: string, status = 400) => Response.json({ errors: [{ message }] }, { status })

/** Lower-case, trimmed, and shaped like an address; anything else is refused before it is stored. */
export function normaliseResetEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const email = value.trim().toLowerCase()
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null
  return email
}

async function readBody(req: PayloadRequest): Promise<unknown> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return undefined
  try {
    const text = await req.text?.()
    if (!text || text.length > MAX_BODY_BYTES) return undefined
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** POST /api/users/forgot-password: replaces Payload's operation of the same path (see above). */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req)
    if (body === undefined) return badRequest('Stuur een e-mailadres mee, bijvoorbeeld {"email": "naam@example.org"}.')
    const email = normaliseResetEmail((body as { email?: unknown } | null)?.email)
    if (!email) return badRequest('Vul een geldig e-mailadres in.')
    await req.payload.jobs.queue({ task: PASSWORD_RESET_TASK, queue: MAIL_QUEUE, input: { email } })
    return Response.json({ message: FORGOT_PASSWORD_ANSWER })
  },
}

export function resetPasswordMail(name: string, link: string) {
  return renderMail(
    'Nieuw wachtwoord instellen voor het Kennisportaal',
    { name },
    [
      { kind: 'text', text: 'Er is gevraagd om een nieuw wachtwoord voor uw account op het Kennisportaal Jeugdbescherming Gelderland.' },
      { kind: 'text', text: 'Met de link hieronder stelt u een nieuw wachtwoord in. De link werkt één keer en is een uur geldig.' },
      { kind: 'link', label: 'Nieuw wachtwoord instellen', href: link },
      { kind: 'text', text: 'Hebt u hier niet om gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.' },
    ],
    'U krijgt dit bericht omdat iemand op het Kennisportaal een nieuw wachtwoord heeft aangevraagd voor dit e-mailadres.',
  )
}

/**
 * Claims the right to send: sets a provisional expiry unless a token was issued less than a minute
 * ago, in one conditional UPDATE, so parallel jobs for one account send one mail between them.
 */
async function claimResetMail(payload: Payload, email: string, req?: PayloadRequest): Promise<boolean> {
  const now = Date.now()
  const claimed = await payload.db.updateOne({
    collection: 'users',
    data: { resetPasswordExpiration: new Date(now + RESET_TOKEN_TTL_MS).toISOString() },
    options: { atomic: true },
    req,
    where: {
      and: [
        { email: { equals: email } },
        {
          or: [
            { resetPasswordExpiration: { exists: false } },
            { resetPasswordExpiration: { equals: null } },
            { resetPasswordExpiration: { less_than_equal: new Date(now + RESET_TOKEN_TTL_MS - MIN_INTERVAL_MS).toISOString() } },
          ],
        },
      ],
    },
  })
  return Boolean(claimed)
}

/** The job's work: find the account, have Payload make the token, send our mail. */
export async function sendPasswordReset(payload: Payload, email: string, req?: PayloadRequest): Promise<MailJobOutcome> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const user = docs[0]
  if (!user) return { sent: false, skipped: 'no account' }
  // A token issued less than a minute ago: the person has a mail on its way already.
  if (!(await claimResetMail(payload, email, req))) return { sent: false, skipped: 'recently sent' }

  const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, req })
  if (!token) return { sent: false, skipped: 'no token' }
  const admin = payload.config.routes.admin || '/admin'
  const link = `${siteUrl()}${admin}/reset/${encodeURIComponent(String(token))}`
  const mail = resetPasswordMail(user.name || 'collega', link)
  await payload.sendEmail({
    to: user.name ? { name: user.name, address: user.email } : user.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Auto-Submitted': 'auto-generated' },
  })
  return { sent: true }
}

export const passwordResetTask: TaskConfig = mailTask<{ email?: unknown }>({
  slug: PASSWORD_RESET_TASK,
  label: 'E-mail met een link voor een nieuw wachtwoord',
  input: [{ name: 'email', type: 'email', required: true }],
  // A mail server that is down: try again for about half an hour, then the link would be stale.
  attempts: 6,
  retryDelayMs: 30_000,
  send: async (payload, input, req) => {
    const email = normaliseResetEmail(input.email)
    if (!email) return { sent: false, skipped: 'invalid address' }
    return sendPasswordReset(payload, email, req)
  },
})
