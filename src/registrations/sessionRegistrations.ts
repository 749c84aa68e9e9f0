import type { PayloadRequest } from 'payload'

import type { Registration } from '../../payload-types'
import { findIds } from './ids'
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
  return findIds(
    req.payload,
    'registrations',
    { and: [{ session: { equals: sessionId } }, { status: { in: statuses } }] },
    { sort: 'position', limit, req },
  )
}
