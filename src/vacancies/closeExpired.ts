import type { Payload } from 'payload'

import { startOfAmsterdamDay } from './closingDay'

export type CloseResult = { closed: number; cutoff: string }

/**
 * Sets every open vacancy whose closing day has passed (Amsterdam time) to closed. The update
 * goes through the collection's hooks, so search, the revalidation of cached pages and the audit
 * log follow; already closed vacancies are not touched, so a repeated run changes nothing.
 */
export async function closeExpiredVacancies(payload: Payload, now = new Date()): Promise<CloseResult> {
  const cutoff = startOfAmsterdamDay(now).toISOString()
  const { docs } = await payload.find({
    collection: 'vacancies',
    where: { and: [{ vacancyStatus: { equals: 'open' } }, { closingDate: { less_than: cutoff } }] },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    select: { closingDate: true },
  })
  let closed = 0
  for (const { id } of docs) {
    await payload.update({
      collection: 'vacancies',
      id,
      data: { vacancyStatus: 'closed' },
      overrideAccess: true,
      depth: 0,
      context: { closingJob: true },
    })
    closed += 1
  }
  return { closed, cutoff }
}
