import { createLocalReq, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { healthEndpoint } from '../../../src/endpoints/health'
import { testDatabases } from '../../helpers/databases'
import { type PayloadUnderTest, usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

async function callHealth(portal: PayloadUnderTest): Promise<Response> {
  const req: PayloadRequest = await createLocalReq({}, portal.payload)
  return healthEndpoint.handler(req)
}

describe('GET /api/health', () => {
  const portal = usePayload(sqlite)

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
