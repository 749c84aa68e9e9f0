import type { Endpoint } from 'payload'

import { errorResponse, NO_STORE, readJsonBody } from '../http'
import { register } from '../register'

/**
 * POST /api/registrations: the public contract. Payload checks a collection's own endpoints
 * before its default handlers (the built-in create comes later in the same list, see
 * payload/dist/collections/config/sanitize.js), so this answers instead of the create that
 * `create: nobody` would refuse. The answer repeats nothing of what was sent.
 */
export const registerEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    try {
      // Payload's PayloadRequest types the web Request's members as optional; at run time it is the Request.
      const body = await readJsonBody(req as unknown as Request)
      const result = await register(req.payload, body)
      const { status, message, waitlistPosition } = result
      return Response.json({ status, message, ...(waitlistPosition ? { waitlistPosition } : {}) }, { status: 201, headers: NO_STORE })
    } catch (error) {
      return errorResponse(req.payload, error)
    }
  },
}
