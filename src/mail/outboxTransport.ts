import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'
import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

export const DEFAULT_OUTBOX_DIR = 'data/outbox'

type OutboxInfo = { envelope: MailMessage['data']['envelope']; messageId: string; path: string }

/**
 * With no SMTP server configured, every mail is written as an .eml file that any mail program
 * opens. This is a real transport (the message is fully built by nodemailer), not a stand-in:
 * the queue treats a written file as delivered.
 */
export function createOutboxTransport(dir: string = path.resolve(DEFAULT_OUTBOX_DIR)): Transporter {
  // The info is undefined on failure: nothing was written to describe.
  const transport: Transport<OutboxInfo | undefined> = {
    name: 'outbox',
    version: '1.0.0',
    send(mail, callback) {
      mail.message
        .build()
        .then((raw: Buffer) => {
          fs.mkdirSync(dir, { recursive: true })
          const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}`
          const file = path.join(dir, `${id}.eml`)
          fs.writeFileSync(file, raw)
          callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), path: file })
        })
        .catch((error: Error) => callback(error, undefined))
    },
  }
  return nodemailer.createTransport(transport)
}
