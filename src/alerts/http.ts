import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { readBodyText } from '../registrations/http'
import { errorResponse, NO_STORE } from '../errors/http'
import { AlertError, MESSAGES } from './errors'

export { NO_STORE }
const MAX_BODY = 4 * 1024

/** The body as an object: JSON, or a form (the one-click unsubscribe posts a form). Bounded. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  const type = (request.headers.get('content-type') ?? '').trim()
  let text: string
  try {
    text = await readBodyText(request, MAX_BODY)
  } catch {
    throw new AlertError('too-large', MESSAGES.tooLarge)
  }
  if (/^application\/(.+\+)?json\b/i.test(type)) {
    try {
      const parsed = JSON.parse(text)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed
    } catch {
      // falls through to the refusal below
    }
    throw new AlertError('malformed', MESSAGES.malformed)
  }
  if (/^application\/x-www-form-urlencoded\b/i.test(type) || (text === '' && !type)) {
    return Object.fromEntries(new URLSearchParams(text))
  }
  throw new AlertError('unsupported-media-type', MESSAGES.unsupportedMediaType)
}

export const alertErrorResponse = (payload: Payload, error: unknown): Response => errorResponse(payload, error, 'alerts')

/** A thin endpoint: read the body, call one domain function, answer with its Dutch message. */
export function alertEndpoint(
  path: string,
  status: number,
  action: (payload: Payload, body: Record<string, unknown>, req: PayloadRequest) => Promise<{ message: string }>,
): Endpoint {
  return {
    path: `/alerts/${path}`,
    method: 'post',
    handler: async (req) => {
      try {
        // Payload's PayloadRequest types the web Request's members as optional; at run time it is the Request.
        const body = await readBody(req as unknown as Request)
        const result = await action(req.payload, body, req)
        return Response.json(result, { status, headers: NO_STORE })
      } catch (error) {
        return alertErrorResponse(req.payload, error)
      }
    },
  }
}
