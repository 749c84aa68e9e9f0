import type { Payload } from 'payload'

import { mailOutboxDir, purgeOutbox } from '../mail/purgeOutbox'
import { MAIL_TASK } from '../mail/queue'
import { findIds } from './ids'
import { actionReq } from './status'
import { inTransaction } from './transaction'

export const DEFAULT_RETENTION_MONTHS = 12

/** REGISTRATION_RETENTION_MONTHS: a whole number of months (1–120), 12 when unset. */
export function retentionMonths(value = process.env.REGISTRATION_RETENTION_MONTHS): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_MONTHS
  const months = Number(value)
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new Error(
      `REGISTRATION_RETENTION_MONTHS "${value}" is geen geheel aantal maanden van 1 tot 120. / is not a whole number of months from 1 to 120.`,
    )
  }
  return months
}

export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/**
 * Erases the personal data of registrations whose session ended more than `months` ago. The
 * registration itself stays, with its session, status and dates, so the numbers per session and
 * per training (registered, waitlisted, attended) still add up; only who it was is gone. Old mail
 * jobs go too: a failed one can hold an address in its error log; and so do the outbox's mail
 * files (without SMTP every mail is an .eml file with name, address and a live cancel link).
 */
export async function eraseExpiredRegistrations(
  payload: Payload,
  { now = new Date(), months = retentionMonths() }: { now?: Date; months?: number } = {},
): Promise<{ erased: number; cutoff: string; mailFilesPurged: number }> {
  const cutoff = retentionCutoff(now, months).toISOString()
  const sessions = await findIds(payload, 'training-sessions', { endsAt: { less_than_equal: cutoff } })
  let erased = 0
  if (sessions.length > 0) {
    const docs = await findIds(payload, 'registrations', {
      and: [{ session: { in: sessions.map((s) => s.id) } }, { erasedAt: { exists: false } }],
    })
    const erasedAt = now.toISOString()
    // Small transactions: a long retention run must not hold the write lock for minutes.
    for (let i = 0; i < docs.length; i += 50) {
      await inTransaction(payload, async (req) => {
        for (const { id } of docs.slice(i, i + 50)) {
          await payload.update({
            collection: 'registrations',
            id,
            data: {
              name: null,
              email: null,
              organisation: null,
              function: null,
              skjNumber: null,
              erasedAt,
              cancelTokenHash: null,
              cancelTokenSalt: null,
            },
            req: actionReq(req, 'erase'),
            overrideAccess: true,
            depth: 0,
            select: { status: true },
          })
        }
      })
      erased += Math.min(50, docs.length - i)
    }
  }
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: MAIL_TASK } }, { createdAt: { less_than_equal: cutoff } }] },
    overrideAccess: true,
    depth: 0,
  })
  const outbox = mailOutboxDir(payload)
  const mailFilesPurged = outbox ? purgeOutbox(outbox, new Date(cutoff)) : 0
  return { erased, cutoff, mailFilesPurged }
}
