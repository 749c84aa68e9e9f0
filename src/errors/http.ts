import type { Payload } from 'payload'

import { loggableError } from '../lib/email'
import { asPortalError, BUSY_MESSAGE, UNEXPECTED_MESSAGE } from '.'

export const NO_STORE = { 'Cache-Control': 'no-store' }


const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown })?.code
  const message = String((error as { message?: unknown })?.message ?? '')
  // SQLite lock waits that ran out, PostgreSQL pools that ran dry: try again, not a fault.
  return code === 'SQLITE_BUSY' || /SQLITE_BUSY|timeout exceeded when trying to connect/i.test(message)
}

/**
 * The answer of a portal endpoint to an error: a Dutch 4xx for what the visitor can put right (a
 * portal error, or Payload's validation error by its shape), 503 for a crowd, 500 (logged) for our
 * own faults. `area` names the endpoint family in the log.
 */
export function errorResponse(payload: Payload, error: unknown, area: string): Response {
  const known = asPortalError(error)
  if (known) return Response.json(known.toJSON(), { status: known.httpStatus, headers: NO_STORE })
  if (isBusy(error)) {
    payload.logger.warn({ err: loggableError(error) }, `${area}: database busy`)
    return Response.json({ code: 'busy', message: BUSY_MESSAGE, errors: [] }, { status: 503, headers: { ...NO_STORE, 'Retry-After': '30' } })
  }
  payload.logger.error({ err: loggableError(error) }, `${area}: unexpected error`)
  return Response.json({ code: 'error', message: UNEXPECTED_MESSAGE, errors: [] }, { status: 500, headers: NO_STORE })
}
