import { getPayload, type Migration, type Payload } from 'payload'

import { portalConfig } from '../../payload.config'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import type { MailSettings } from '../../src/mail/createEmailAdapter'
import type { CreateOptions, TestDatabase } from './databases'

/** Where the portal's mail goes in tests that do not read it: .eml files in one scratch folder. */
export const TEST_OUTBOX = {
  kind: 'outbox',
  dir: `${process.env.TMPDIR || '/tmp'}/portal-test-outbox`,
  from: { name: 'Test', address: 'test@example.org' },
} as const satisfies MailSettings

/**
 * Brings a fresh test database up with the committed migrations, as production does. With
 * DATABASE_PUSH=true the adapter has pushed the schema already; migrating on top would stop at
 * Payload's "data loss" prompt.
 */
export async function migrateTestDatabase(payload: Payload, kind: TestDatabase['kind']): Promise<void> {
  if (process.env.DATABASE_PUSH === 'true') return
  if (kind === 'sqlite') await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
  if (kind === 'postgres') await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
}

export type BootedPortal = { payload: Payload; uri: string; shutdown: () => Promise<void> }

/**
 * Boots the real portal config against a fresh database of the given kind and brings the schema
 * up with the committed migrations, as production does (the copy of the run's migrated template
 * has them already; then this only checks). `seeded` starts from a copy of the demo content.
 */
export async function bootPayload(database: TestDatabase, options: CreateOptions = {}): Promise<BootedPortal> {
  const { uri, drop } = await database.create(options)
  const config = portalConfig({
    databaseUri: uri,
    secret: process.env.PAYLOAD_SECRET,
    // Each test creates what it needs; demo content would only get in the way.
    seedOnEmpty: false,
    mail: TEST_OUTBOX,
  })
  const payload = await getPayload({ config, key: uri })
  await migrateTestDatabase(payload, database.kind)
  return {
    payload,
    uri,
    shutdown: async () => {
      // Payload's destroy leaves the PostgreSQL pool open; dropping the database ends its idle
      // connections, which the pool reports as errors nobody listens to.
      const pool = (payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool
      pool?.on('error', () => undefined)
      await payload.destroy().catch(() => undefined)
      await drop()
    },
  }
}
