import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { parseDatabaseUri, type DatabaseTarget } from './parseDatabaseUri'
import { serialiseSqliteWrites } from './serialiseSqliteWrites'

/**
 * How long a write waits for a lock that another process (a backup, an `sqlite3` shell) holds
 * before it answers 503: long enough to ride out a backup's exclusive lock, waited for with timers
 * so the rest of the portal keeps answering (src/db/serialiseSqliteWrites.ts).
 */
const SQLITE_LOCK_WAIT_MS = 30_000

function lockWaitMs(): number {
  const value = Number(process.env.SQLITE_LOCK_WAIT_MS)
  return Number.isFinite(value) && value > 0 ? value : SQLITE_LOCK_WAIT_MS
}

const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')

/**
 * Development pushes the schema straight into the database so a change to a collection shows at
 * once; production (`next start`) has no push and runs the committed migrations instead. Tests set
 * DATABASE_PUSH=false to prove those migrations are complete.
 */
function shouldPush(): boolean {
  if (process.env.DATABASE_PUSH) return process.env.DATABASE_PUSH === 'true'
  return process.env.NODE_ENV !== 'production'
}

export function createDatabaseAdapter(target: DatabaseTarget = parseDatabaseUri(process.env.DATABASE_URI)): DatabaseAdapterObj {
  switch (target.kind) {
    case 'sqlite': {
      if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true })
      const adapter = sqliteAdapter({
        client: { url: target.url },
        // SQLite itself never waits for a lock: its wait would block the event loop. Writes wait
        // in serialiseSqliteWrites instead.
        busyTimeout: 0,
        // WAL lets readers go on while one request writes. NORMAL syncs the WAL at checkpoints
        // rather than at every commit (4.8 ms → 0.2 ms per transaction here, and libsql blocks the
        // event loop while it syncs): a commit survives a crash of the app, only a power cut or OS
        // crash can lose the last ones. SQLite's recommended setting for WAL.
        wal: target.file !== ':memory:' ? { synchronous: 'NORMAL' } : false,
        transactionOptions: {},
        push: shouldPush(),
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        prodMigrations: sqliteMigrations,
      })
      return serialiseSqliteWrites(adapter, { lockWaitMs: lockWaitMs(), queueTimeoutMs: 60_000 })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url },
        push: shouldPush(),
        migrationDir: path.join(migrationsRoot, 'postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      // MongoDB has no schema to migrate; transactions need a replica set (see README).
      return mongooseAdapter({ url: target.url })
  }
}
