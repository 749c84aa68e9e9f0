import type { Payload } from 'payload'

import { UNCONFIRMED_DAYS } from './confirm'

const DAY = 24 * 60 * 60 * 1000
/** Changes (and who had them) are kept this long, enough to stop any digest sending one twice. */
export const CHANGE_RETENTION_DAYS = 60

/** Erases subscriptions never confirmed within 7 days, and old change and delivery records. */
export async function eraseStaleAlerts(
  payload: Payload,
  now = new Date(),
): Promise<{ unconfirmed: number; changes: number }> {
  const unconfirmedCutoff = new Date(now.getTime() - UNCONFIRMED_DAYS * DAY).toISOString()
  const stale = await payload.delete({
    collection: 'alert-subscriptions',
    where: { and: [{ confirmedAt: { exists: false } }, { createdAt: { less_than: unconfirmedCutoff } }] },
    overrideAccess: true,
  })
  const changeCutoff = new Date(now.getTime() - CHANGE_RETENTION_DAYS * DAY).toISOString()
  await payload.delete({
    collection: 'alert-deliveries',
    where: { createdAt: { less_than: changeCutoff } },
    overrideAccess: true,
  })
  const changes = await payload.delete({
    collection: 'alert-changes',
    where: { createdAt: { less_than: changeCutoff } },
    overrideAccess: true,
  })
  return { unconfirmed: stale.docs.length, changes: changes.docs.length }
}
