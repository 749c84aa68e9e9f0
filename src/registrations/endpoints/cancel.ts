import type { Endpoint } from 'payload'

import { loggableError } from '../../lib/email'
import { cancelByToken } from '../cancel'
import { isRegistrationError } from '../errors'
import { errorResponse, NO_STORE, readBodyText, readJsonBody } from '../http'

const PAGE = '/scholing/annuleren'

/**
 * POST /api/registrations/cancel with {token}. The cancel page posts here as a plain HTML form
 * (no JavaScript) and gets a redirect to the result; other clients send JSON and get JSON.
 * Cancelling is a POST, never the GET of the mailed link, because mail scanners open links.
 */
export const cancelEndpoint: Endpoint = {
  path: '/cancel',
  method: 'post',
  handler: async (req) => {
    // Payload's PayloadRequest types the web Request's members as optional; at run time it is the Request.
    const request = req as unknown as Request
    const isForm = /^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type') ?? '')
    if (isForm) {
      let result = 'ongeldig'
      try {
        const token = new URLSearchParams(await readBodyText(request)).get('token')
        await cancelByToken(req.payload, token)
        result = 'geannuleerd'
      } catch (error) {
        if (!isRegistrationError(error)) {
          req.payload.logger.error({ err: loggableError(error) }, 'registrations: cancel failed')
          result = 'fout'
        }
      }
      return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `${PAGE}?resultaat=${result}` } })
    }
    try {
      const body = (await readJsonBody(request)) as { token?: unknown } | null
      const result = await cancelByToken(req.payload, body && typeof body === 'object' ? body.token : undefined)
      return Response.json(result, { status: 200, headers: NO_STORE })
    } catch (error) {
      return errorResponse(req.payload, error)
    }
  },
}
