import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import { portalConfig } from '../../payload.config'
import { migrateTestDatabase, TEST_OUTBOX } from './bootPayload'

/**
 * How the templates of tests/helpers/templates.ts are made: the real portal config on a new
 * database, the committed migrations (and for the seeded one, the demo content), then every
 * connection closed so the result can be copied.
 */

/** Password of the demo accounts in the seeded template (seed/README.md lists the accounts). */
export const SEEDED_DEMO_PASSWORD = 'demo-wachtwoord-voor-de-test'

async function boot(uri: string): Promise<Payload> {
  const config = portalConfig({
    databaseUri: uri,
    secret: process.env.PAYLOAD_SECRET,
    seedOnEmpty: false,
    mail: TEST_OUTBOX,
  })
  return getPayload({ config, key: `template:${uri}` })
}

type Connections = {
  pool?: { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }
  client?: { execute: (sql: string) => Promise<{ rows: unknown[][] | Record<string, unknown>[] }> }
}

/**
 * Payload's destroy leaves the adapter's connections open; a PostgreSQL template must have none.
 * A SQLite file first gets its write-ahead log written back into it, so the file alone is complete
 * (the adapter's writer connection cannot be reached to close it; it has no transaction open).
 */
async function close(payload: Payload): Promise<void> {
  const db = payload.db as unknown as Connections
  if (db.client) {
    const { rows } = await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    const busy = Object.values(rows[0] ?? {})[0]
    if (Number(busy) !== 0) throw new Error(`SQLite checkpoint of the template did not complete (${JSON.stringify(rows)})`)
  }
  await payload.destroy().catch(() => undefined)
  // Not awaited: Payload keeps one client checked out for good, so end() would wait forever; the
  // caller ends that connection from the server side.
  db.pool?.on('error', () => undefined)
  void db.pool?.end().catch(() => undefined)
}

export async function buildSqliteTemplate(dir: string, name: string, seed?: { from: string }): Promise<{ file: string }> {
  const work = fs.mkdtempSync(path.join(dir, `${name}-`))
  const building = path.join(work, 'portal.db')
  if (seed) fs.copyFileSync(seed.from, building)
  const payload = await boot(`file:${building}`)
  try {
    await migrateTestDatabase(payload, 'sqlite')
    if (seed) {
      const { seedPortal } = await import('../../seed')
      await seedPortal(payload, { demoPassword: SEEDED_DEMO_PASSWORD })
    }
  } finally {
    await close(payload)
  }
  // A copy, not a rename: the connections left open on the working file never touch the template.
  const file = path.join(dir, `${name}.db`)
  fs.copyFileSync(building, `${file}.tmp`)
  fs.renameSync(`${file}.tmp`, file)
  return { file }
}

export async function buildPostgresTemplate(admin: string, name: string, uriOf: (name: string) => string): Promise<{ name: string }> {
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    await client.query(`drop database if exists ${name} with (force)`)
    await client.query(`create database ${name}`)
    const payload = await boot(uriOf(name))
    try {
      await migrateTestDatabase(payload, 'postgres')
    } finally {
      await close(payload)
    }
    // Copies need a template nobody is connected to.
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name])
  } finally {
    await client.end()
  }
  return { name }
}
