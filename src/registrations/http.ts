import type { Payload } from 'payload'
import { errorResponse as portalErrorResponse, NO_STORE } from '../errors/http'

import { readBodyUpTo } from '../lib/readBody'
import { RegistrationError } from './errors'
import { MAX_BODY_BYTES } from './input'
import { MESSAGES } from './messages'

export { NO_STORE }

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

/** A Dutch 4xx for what the visitor can put right, 503 for a crowd, 500 (logged) for our faults. */
export const errorResponse = (payload: Payload, error: unknown): Response => portalErrorResponse(payload, error, 'registrations')
