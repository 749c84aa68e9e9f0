import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type TestDatabase, testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

/**
 * tests/helpers/usePayload.ts on a real SQLite copy: boots before the block's own hooks, shuts
 * down and removes the database after them, and refuses to be read before it is up.
 */
const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

// The SQLite database, watched: which copies it made and which it removed.
const created: string[] = []
const dropped: string[] = []
const watched: TestDatabase = {
  ...sqlite,
  create: async (options) => {
    const made = await sqlite.create(options)
    created.push(made.uri)
    return {
      uri: made.uri,
      drop: async () => {
        dropped.push(made.uri)
        await made.drop()
      },
    }
  },
}
const file = (uri: string) => uri.replace(/^file:/, '')

let seen: { uri: string; key: string; secondKey: string; destroy: ReturnType<typeof vi.spyOn>; order: string[] } | undefined

describe('usePayload in a describe block', () => {
  const order: string[] = []
  const portal = usePayload(watched)
  const second = usePayload(watched, { sameDatabaseAs: portal })
  let readEarly: unknown

  try {
    readEarly = portal.payload
  } catch (error) {
    readEarly = error
  }

  beforeAll(async () => {
    order.push(`own beforeAll sees ${typeof portal.payload.find}`)
  })
  afterAll(async () => {
    // Still up: the block's own afterAll runs before the shutdown.
    order.push(`own afterAll counts ${(await portal.payload.count({ collection: 'users' })).totalDocs} users`)
  })

  it('refuses to be read before the boot, saying so', () => {
    expect(readEarly).toBeInstanceOf(Error)
    expect((readEarly as Error).message).toMatch(/usePayload\(sqlite\): Payload is not booted yet/)
  })

  it('gives the booted Payload on its own fresh database, migrated', async () => {
    expect(created).toEqual([portal.uri])
    expect(portal.key).toBe(portal.uri)
    expect(fs.existsSync(file(portal.uri))).toBe(true)
    const user = await portal.payload.create({
      collection: 'users',
      data: { email: 'beheer@example.org', password: 'een-lang-wachtwoord-1', role: 'admin', name: 'Beheer' },
    })
    expect((await portal.payload.findByID({ collection: 'users', id: user.id })).email).toBe('beheer@example.org')
  })

  it('boots a second instance on the same database under its own key, which leaves the database to the first', async () => {
    expect(second.uri).toBe(portal.uri)
    expect(second.key).not.toBe(portal.key)
    expect(second.payload).not.toBe(portal.payload)
    expect((await second.payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })

  it('(records what the next block checks)', () => {
    const destroy = vi.spyOn(portal.payload as Payload, 'destroy')
    seen = { uri: portal.uri, key: portal.key, secondKey: second.key, destroy, order }
  })
})

describe('after that block', () => {
  it('ran the block’s own hooks inside the boot and the shutdown', () => {
    expect(seen?.order).toEqual(['own beforeAll sees function', 'own afterAll counts 1 users'])
  })

  it('destroyed its Payload and removed its database, once', () => {
    expect(seen?.destroy).toHaveBeenCalledTimes(1)
    expect(dropped).toEqual([seen?.uri])
    expect(fs.existsSync(file(seen!.uri))).toBe(false)
  })
})
