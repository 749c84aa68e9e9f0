import { getPayload, type Migration, type Payload } from 'payload'

import { portalConfig } from '../../payload.config'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import type { MailSettings } from '../../src/mail/createEmailAdapter'
import type { TestDatabase } from './databases'

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

export type Portal = { payload: Payload; key: string }

/**
 * Boots the real portal config on `uri` under its own cache key, with the mail settings the test
 * needs (a loopback SMTP server). Two calls with the same uri and different keys give two
 * independent Payload instances on one database, as two app servers would be.
 */
export async function bootPortal(kind: TestDatabase['kind'], uri: string, mail: MailSettings, key = uri): Promise<Portal> {
  const config = portalConfig({ databaseUri: uri, secret: process.env.PAYLOAD_SECRET, seedOnEmpty: false, mail })
  const payload = await getPayload({ config, key })
  await migrateTestDatabase(payload, kind)
  return { payload, key }
}

/**
 * Destroys a test's Payload. Payload's destroy leaves the PostgreSQL pool open; dropping the
 * database afterwards ends its idle connections, which the pool reports as errors nobody listens to.
 */
export async function shutdown(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
}
