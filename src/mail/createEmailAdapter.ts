import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { createOutboxTransport, DEFAULT_OUTBOX_DIR } from './outboxTransport'

export type MailSettings =
  | { kind: 'smtp'; host: string; port: number; secure: boolean; user?: string; pass?: string; from: MailFrom }
  | { kind: 'outbox'; dir: string; from: MailFrom }

export type MailFrom = { address: string; name: string }

const DEFAULT_FROM = 'Kennisportaal Jeugdbescherming <noreply@example.org>'

/** Parses `Name <address>` or a bare address, as MAIL_FROM may hold either. */
export function parseFrom(value: string | undefined): MailFrom {
  const raw = (value ?? '').trim() || DEFAULT_FROM
  const match = raw.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/)
  if (match) return { name: match[1].trim() || 'Kennisportaal Jeugdbescherming', address: match[2].trim() }
  return { name: 'Kennisportaal Jeugdbescherming', address: raw }
}

export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const from = parseFrom(env.MAIL_FROM)
  const host = env.SMTP_HOST?.trim()
  if (!host) return { kind: 'outbox', dir: path.resolve(env.MAIL_OUTBOX_DIR || DEFAULT_OUTBOX_DIR), from }
  const port = Number(env.SMTP_PORT || 587)
  return {
    kind: 'smtp',
    host,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    from,
  }
}

/**
 * Always hands nodemailer a transport: without one the adapter would create an account at an
 * external test service, which this portal must never contact.
 */
export function createEmailAdapter(settings: MailSettings = readMailSettings()): Promise<EmailAdapter> | EmailAdapter {
  if (settings.kind === 'outbox') {
    return nodemailerAdapter({
      defaultFromAddress: settings.from.address,
      defaultFromName: settings.from.name,
      skipVerify: true,
      transport: createOutboxTransport(settings.dir),
    })
  }
  return nodemailerAdapter({
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    // The mail queue retries; verifying at start would only delay start-up when the relay is down.
    skipVerify: true,
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.pass } : undefined,
      connectionTimeout: 10_000,
    },
  })
}
