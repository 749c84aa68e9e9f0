import type { Endpoint } from 'payload'

import { parseDatabaseUri } from '../db/parseDatabaseUri'

/**
 * GET /api/health: 200 when the database answers a real query, 503 when it does not, so a load
 * balancer takes an instance out of rotation instead of sending professionals to an error page.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const database = parseDatabaseUri(process.env.DATABASE_URI).kind
    try {
      await req.payload.count({ collection: 'users', overrideAccess: true })
      return Response.json({ status: 'ok', database }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'health: database did not answer')
      return Response.json(
        { status: 'error', database, message: 'De database antwoordt niet.' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
