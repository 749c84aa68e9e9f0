import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { healthEndpoint } from '../../src/endpoints/health'
import { type BootedPortal, bootPayload } from '../helpers/bootPayload'
import { testDatabases } from '../helpers/databases'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

async function callHealth(portal: BootedPortal): Promise<Response> {
  const req: PayloadRequest = await createLocalReq({}, portal.payload)
  return healthEndpoint.handler(req)
}

describe('GET /api/health', () => {
  let portal: BootedPortal

  beforeAll(async () => {
    portal = await bootPayload(sqlite)
  })
  afterAll(async () => {
    await portal?.shutdown()
  })

  it('answers 200 with the adapter when the database answers', async () => {
    const response = await callHealth(portal)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' })
  })

  it('answers 503 with a Dutch message when the database is gone', async () => {
    // Closing the connection is what a vanished database looks like to the app: every query fails.
    ;(portal.payload.db as unknown as { client: { close: () => void } }).client.close()
    const response = await callHealth(portal)
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({
      status: 'error',
      database: 'sqlite',
      message: 'De database antwoordt niet.',
    })
  })
})
