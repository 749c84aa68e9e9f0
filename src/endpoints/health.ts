import type { Endpoint, Payload } from 'payload'

import type { DatabaseKind } from '../db/parseDatabaseUri'
import { BUSY_RETRY_AFTER_SECONDS, sqliteWriteProbe } from '../db/serialiseSqliteWrites'

/** Payload names its MongoDB adapter after the driver library. */
const KIND_OF_ADAPTER: Record<string, DatabaseKind> = { sqlite: 'sqlite', postgres: 'postgres', mongoose: 'mongodb' }

const NO_STORE = { 'Cache-Control': 'no-store' }

export function unhealthy(database: string, message = 'De database antwoordt niet.'): Response {
  return Response.json(
    { status: 'error', database, message },
    { status: 503, headers: { ...NO_STORE, 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } },
  )
}

/** How long one write probe's answer is reused: a proxy polling every 100 ms costs one probe a second. */
const PROBE_TTL_MS = 1000

type ProbeResult = { writable: boolean; reason?: string }
const lastProbe = new WeakMap<Payload, { at: number; result: Promise<ProbeResult> }>()

/**
 * Whether the database takes writes right now, asked at most once a second per instance. Only
 * SQLite has a probe: another process can lock the file while reads still work, and then every
 * registration and edit would fail while a read-only check said "ok".
 */
function canWrite(payload: Payload): Promise<ProbeResult> {
  const probe = sqliteWriteProbe(payload.db)
  if (!probe) return Promise.resolve({ writable: true })
  const cached = lastProbe.get(payload)
  if (cached && Date.now() - cached.at < PROBE_TTL_MS) return cached.result
  const result = probe().catch((error: Error) => ({ writable: false, reason: error.message }))
  lastProbe.set(payload, { at: Date.now(), result })
  return result
}

/**
 * 200 when the database answers a real query and takes writes, 503 when it does not, so a load
 * balancer takes an instance out of rotation instead of sending professionals to an error page.
 */
export async function checkHealth(payload: Payload): Promise<Response> {
  // The adapter this instance really runs on, not what the environment says.
  const database = KIND_OF_ADAPTER[payload.db.name] ?? payload.db.name
  try {
    await payload.count({ collection: 'users', overrideAccess: true })
  } catch (error) {
    payload.logger.error({ err: error }, 'health: database did not answer')
    return unhealthy(database)
  }
  const { writable, reason } = await canWrite(payload)
  if (!writable) {
    payload.logger.warn(`health: database cannot write (${reason ?? 'unknown'})`)
    return unhealthy(database, 'De database kan nu niet schrijven.')
  }
  return Response.json({ status: 'ok', database }, { headers: NO_STORE })
}

/** GET /api/health through Payload's REST router (the Next route in app/ answers first in the app). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: (req) => checkHealth(req.payload),
}
