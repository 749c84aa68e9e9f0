import type { PayloadRequest } from 'payload'

import type { Registration } from '../../payload-types'
import type { SessionId } from './places'

/**
 * The registrations of one session in the given states, first come first served (position), read
 * in the caller's transaction. Ids only: callers change or mail them one at a time.
 */
export async function sessionRegistrations(
  req: PayloadRequest,
  sessionId: SessionId,
  statuses: Registration['status'][],
  { limit = 0 }: { limit?: number } = {},
): Promise<{ id: Registration['id'] }[]> {
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ session: { equals: sessionId } }, { status: { in: statuses } }] },
    sort: 'position',
    pagination: false,
    limit,
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  return docs
}
