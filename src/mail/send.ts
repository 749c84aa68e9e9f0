import type { Payload } from 'payload'

import { loggableError } from '../lib/email'

type AutomatedMail = Parameters<Payload['sendEmail']>[0] & { subject: string; text: string; html: string }

/**
 * Sends one mail the portal writes by itself, marked Auto-Submitted so auto-responders stay quiet.
 * A failure is thrown again without addresses: the job system logs and stores the error, and an
 * SMTP refusal names the recipient. `what` names the mail in that error ("mail reminder for
 * registration 12").
 */
export async function sendAutomatedMail(payload: Payload, mail: AutomatedMail, what: string): Promise<unknown> {
  const headers = { 'Auto-Submitted': 'auto-generated', ...(mail.headers as Record<string, string> | undefined) }
  return payload.sendEmail({ ...mail, headers }).catch((error: unknown) => {
    const safe = loggableError(error)
    throw Object.assign(new Error(`${what} failed: ${safe.message}`), { code: safe.code })
  })
}
