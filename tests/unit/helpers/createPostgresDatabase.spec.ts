import crypto from 'node:crypto'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { createPostgresDatabase, postgresAdminUri, testDatabases } from '../../helpers/databases'

/** tests/helpers/databases.ts createPostgresDatabase on the test PostgreSQL server. */
const postgres = (await testDatabases()).find((database) => database.kind === 'postgres')!

const query = async (uri: string, sql: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql, values)).rows
  } finally {
    await client.end()
  }
}
const exists = async (name: string) => (await query(postgresAdminUri(), 'select 1 from pg_database where datname = $1', [name])).length === 1
const setting = async (uri: string) => (await query(uri, 'show synchronous_commit'))[0].synchronous_commit as string

describe.skipIf(Boolean(postgres.skipReason))('createPostgresDatabase', () => {
  it('makes a database of that name on that server, and drop removes it while a session is still connected', async () => {
    const name = `helper_test_${crypto.randomBytes(4).toString('hex')}`
    const { uri, drop } = await createPostgresDatabase(postgresAdminUri(), name)
    expect(new URL(uri).pathname).toBe(`/${name}`)
    expect(await exists(name)).toBe(true)
    expect(await setting(uri)).toBe('on')
    const lingering = new pg.Client({ connectionString: uri })
    await lingering.connect()
    lingering.on('error', () => undefined)
    await drop()
    expect(await exists(name)).toBe(false)
    await lingering.end().catch(() => undefined)
  })

  it('turns synchronous commit off when asked, for throw-away test databases', async () => {
    const { uri, drop } = await createPostgresDatabase(postgresAdminUri(), `helper_test_${crypto.randomBytes(4).toString('hex')}`, { synchronousCommit: false })
    try {
      expect(await setting(uri)).toBe('off')
    } finally {
      await drop()
    }
  })
})
