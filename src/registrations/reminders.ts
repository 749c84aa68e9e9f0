import type { Payload } from 'payload'

import { queueMail } from '../mail/queue'
import { findIds } from './ids'
import { sessionRegistrations } from './sessionRegistrations'
import { inTransaction } from './transaction'

export const REMINDER_LEAD_MS = 2 * 24 * 60 * 60 * 1000

/**
 * Queues the reminder for every confirmed registrant of the sessions that start within two days
 * and have had no reminder yet. Runs every hour; marking the session in the same transaction makes
 * a second run (or a second instance) skip it.
 */
export async function queueReminders(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<{ sessions: number; mails: number }> {
  const sessions = await findIds(payload, 'training-sessions', {
    and: [
      { status: { equals: 'scheduled' } },
      { startsAt: { greater_than: now.toISOString() } },
      { startsAt: { less_than_equal: new Date(now.getTime() + REMINDER_LEAD_MS).toISOString() } },
      { reminderQueuedAt: { exists: false } },
    ],
  })
  let mails = 0
  for (const session of sessions) {
    mails += await inTransaction(payload, async (req) => {
      const docs = await sessionRegistrations(req, session.id, ['confirmed'])
      for (const { id } of docs) await queueMail(req, { template: 'reminder', registration: id })
      await payload.update({
        collection: 'training-sessions',
        id: session.id,
        data: { reminderQueuedAt: now.toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
      return docs.length
    })
  }
  return { sessions: sessions.length, mails }
}
