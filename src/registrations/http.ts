import type { Payload } from 'payload'
import { loggableError } from '../lib/email'

import { readBodyUpTo } from '../lib/readBody'
import { isRegistrationError, RegistrationError } from './errors'
import { MAX_BODY_BYTES } from './input'
import { MESSAGES } from './messages'

export const NO_STORE = { 'Cache-Control': 'no-store' }

/** Reads at most `limit` bytes of the body; a longer one is refused without reading the rest. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const text = await readBodyUpTo(request, limit)
  if (text === null) throw new RegistrationError('too-large', MESSAGES.tooLarge)
  return text
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    throw new RegistrationError('unsupported-media-type', MESSAGES.unsupportedMediaType)
  }
  const text = await readBodyText(request)
  try {
    return JSON.parse(text)
  } catch {
    throw new RegistrationError('malformed', MESSAGES.malformed)
  }
}

const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown })?.code
  const message = String((error as { message?: unknown })?.message ?? '')
  // SQLite lock waits that ran out, PostgreSQL pools that ran dry: try again, not a fault.
  return code === 'SQLITE_BUSY' || /SQLITE_BUSY|timeout exceeded when trying to connect/i.test(message)
}

/** A Dutch 4xx for what the visitor can put right, 503 for a crowd, 500 (logged) for our faults. */
export function errorResponse(payload: Payload, error: unknown): Response {
  if (isRegistrationError(error)) {
    return Response.json(error.toJSON(), { status: error.httpStatus, headers: NO_STORE })
  }
  if (isBusy(error)) {
    payload.logger.warn({ err: loggableError(error) }, 'registrations: database busy')
    return Response.json(
      { code: 'busy', message: MESSAGES.busy, errors: [] },
      { status: 503, headers: { ...NO_STORE, 'Retry-After': '30' } },
    )
  }
  payload.logger.error({ err: loggableError(error) }, 'registrations: unexpected error')
  return Response.json(
    { code: 'error', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', errors: [] },
    { status: 500, headers: NO_STORE },
  )
}
