import type { Endpoint, Payload } from 'payload'

import type { DatabaseKind } from '../db/parseDatabaseUri'

/** Payload names its MongoDB adapter after the driver library. */
const KIND_OF_ADAPTER: Record<string, DatabaseKind> = { sqlite: 'sqlite', postgres: 'postgres', mongoose: 'mongodb' }

const NO_STORE = { 'Cache-Control': 'no-store' }

export function unhealthy(database: string): Response {
  return Response.json(
    { status: 'error', database, message: 'De database antwoordt niet.' },
    { status: 503, headers: NO_STORE },
  )
}

/**
 * 200 when the database answers a real query, 503 when it does not, so a load balancer takes an
 * instance out of rotation instead of sending professionals to an error page.
 */
export async function checkHealth(payload: Payload): Promise<Response> {
  // The adapter this instance really runs on, not what the environment says.
  const database = KIND_OF_ADAPTER[payload.db.name] ?? payload.db.name
  try {
    await payload.count({ collection: 'users', overrideAccess: true })
    return Response.json({ status: 'ok', database }, { headers: NO_STORE })
  } catch (error) {
    payload.logger.error({ err: error }, 'health: database did not answer')
    return unhealthy(database)
  }
}

/** GET /api/health through Payload's REST router (the Next route in app/ answers first in the app). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: (req) => checkHealth(req.payload),
}
