import { beforeAll, describe, expect, it } from 'vitest'

import { testDatabases } from '../../helpers/databases'
import { postJson } from '../../helpers/portal'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

/**
 * Several app servers on one PostgreSQL database: two Payload instances (two getPayload cache
 * keys, each with its own connection pool) behind two HTTP servers. Nothing is shared between
 * them but the database, as with two containers behind a load balancer.
 */
const postgres = (await testDatabases()).find((d) => d.kind === 'postgres')!
if (postgres.skipReason) console.warn(`[registrations-instances] postgres overgeslagen: ${postgres.skipReason}`)

describe.runIf(!postgres.skipReason)('registrations across two app instances on one PostgreSQL database', () => {
  const first = usePortal(postgres)
  const second = usePortal(postgres, { sameDatabaseAs: first })
  const servers = () => [first.http, second.http]

  beforeAll(() => {
    expect(first.payload).not.toBe(second.payload)
  })

  it('confirms exactly 10 of 100 parallel registrations spread over both instances', async () => {
    const { session } = await createSession(first.payload, { capacity: 10 })
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => postJson(`${servers()[i % 2].url}/api/registrations`, registrant(session.id, 500 + i))),
    )
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([])
    expect(responses.filter((r) => r.json?.status === 'confirmed')).toHaveLength(10)

    const counts = await statusCounts(second.payload, session.id)
    expect(counts).toMatchObject({ total: 100, confirmed: 10, waitlist: 90 })
    expect(new Set(counts.docs.map((d) => d.email)).size).toBe(100)
    expect(new Set(counts.docs.map((d) => d.position)).size).toBe(100)
    const stored = await first.payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true, depth: 0 })
    expect(stored.confirmedCount).toBe(10)
  })

  it('lets one of many simultaneous duplicates through, whichever instance they reach', async () => {
    const { session } = await createSession(second.payload, { capacity: 3 })
    const responses = await Promise.all(Array.from({ length: 16 }, (_, i) => postJson(`${servers()[i % 2].url}/api/registrations`, registrant(session.id, 777))))
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1)
    expect(responses.filter((r) => r.status === 409)).toHaveLength(15)
    expect((await statusCounts(first.payload, session.id)).total).toBe(1)
  })
})
