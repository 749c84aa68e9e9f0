import type { Endpoint } from 'payload'

import type { DatabaseKind } from '../db/parseDatabaseUri'

/** Payload names its MongoDB adapter after the driver library. */
const KIND_OF_ADAPTER: Record<string, DatabaseKind> = { sqlite: 'sqlite', postgres: 'postgres', mongoose: 'mongodb' }

/**
 * GET /api/health: 200 when the database answers a real query, 503 when it does not, so a load
 * balancer takes an instance out of rotation instead of sending professionals to an error page.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    // The adapter this instance really runs on, not what the environment says.
    const database = KIND_OF_ADAPTER[req.payload.db.name] ?? req.payload.db.name
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
