import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { once, postgresTemplateName, runDirectory } from './templates'

/**
 * The databases one shared suite runs on. SQLite always; PostgreSQL and MongoDB when a server
 * answers. An absent server is reported with the reason, never faked.
 */
export type TestDatabase = {
  kind: 'sqlite' | 'postgres' | 'mongodb'
  /** Why the suite does not run on this database here, or null when it does. */
  skipReason: string | null
  /**
   * A fresh database of its own, with the committed migrations already applied (a copy of this
   * run's migrated template; empty when there is no run directory, see templates.ts); `seeded`
   * (SQLite only) gives a copy of the demo content instead. Returns its URI and a function that
   * removes it.
   */
  create: (options?: CreateOptions) => Promise<{ uri: string; drop: () => Promise<void> }>
}

export type CreateOptions = { seeded?: boolean }

const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres'

async function postgresReachable(uri: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (error) {
    return `PostgreSQL op ${uri.replace(/:[^:@/]*@/, ':***@')} antwoordt niet (${(error as Error).message})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

function withDatabase(uri: string, name: string): string {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/** This run's migrated SQLite file, and the seeded one made from it. */
async function sqliteTemplate(seeded: boolean): Promise<string | null> {
  const dir = runDirectory()
  if (!dir) return null
  const { buildSqliteTemplate } = await import('./templateBuilders')
  const migrated = await once('sqlite-migrated', () => buildSqliteTemplate(dir, 'sqlite-migrated'))
  if (!seeded) return migrated.file
  return (await once('sqlite-seeded', () => buildSqliteTemplate(dir, 'sqlite-seeded', { from: migrated.file }))).file
}

function sqlite(): TestDatabase {
  return {
    kind: 'sqlite',
    skipReason: null,
    create: async ({ seeded = false } = {}) => {
      const template = await sqliteTemplate(seeded)
      if (seeded && !template) throw new Error('a seeded SQLite copy needs the test run directory (tests/helpers/globalSetup.ts)')
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
      const file = path.join(dir, 'portal.db')
      if (template) fs.copyFileSync(template, file)
      return { uri: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
    },
  }
}

export const postgresAdminUri = () => process.env.TEST_POSTGRES_URI || DEFAULT_POSTGRES

/**
 * CI must prove every database it claims to support: there an unreachable PostgreSQL fails the
 * run instead of skipping its half of the suite.
 */
export function requirePostgresInCi(skipReason: string | null): void {
  if (skipReason && process.env.CI === 'true') {
    throw new Error(`${skipReason}. In CI (CI=true) moet PostgreSQL bereikbaar zijn; zet TEST_POSTGRES_URI of start de server.`)
  }
}

/** This run's migrated PostgreSQL database, to copy from. */
async function postgresTemplate(admin: string): Promise<string | null> {
  if (!runDirectory()) return null
  const { buildPostgresTemplate } = await import('./templateBuilders')
  return (await once('postgres-migrated', () => buildPostgresTemplate(admin, postgresTemplateName(), (name) => withDatabase(admin, name)))).name
}

/** A copy of the template; a copy fails while another session is connected to it, so it is retried. */
async function createFrom(client: pg.Client, name: string, template: string | null): Promise<void> {
  if (!template) {
    await client.query(`create database ${name}`)
    return
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`create database ${name} template ${template}`)
      return
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
}

/**
 * A new PostgreSQL database `name` on the server `admin` reaches (a copy of `template` when given),
 * and a function that removes it, ending the sessions still connected to it. The test suite, the
 * multi-instance browser test and the registrations bench make their scratch databases with it.
 */
export async function createPostgresDatabase(
  admin: string,
  name: string,
  { template = null, synchronousCommit = true }: { template?: string | null; synchronousCommit?: boolean } = {},
): Promise<{ uri: string; drop: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    await createFrom(client, name, template)
    // A throw-away database need not wait for the disk at every commit.
    if (!synchronousCommit) await client.query(`alter database ${name} set synchronous_commit = off`)
  } finally {
    await client.end()
  }
  return {
    uri: withDatabase(admin, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      try {
        await c.query(`drop database if exists ${name} with (force)`)
      } finally {
        await c.end()
      }
    },
  }
}

async function postgres(): Promise<TestDatabase> {
  const admin = postgresAdminUri()
  const skipReason = await postgresReachable(admin)
  requirePostgresInCi(skipReason)
  return {
    kind: 'postgres',
    skipReason,
    create: async ({ seeded = false } = {}) => {
      if (seeded) throw new Error('a seeded copy exists for SQLite only; seed PostgreSQL in the test itself')
      const template = await postgresTemplate(admin)
      return createPostgresDatabase(admin, `portal_test_${crypto.randomBytes(6).toString('hex')}`, { template, synchronousCommit: false })
    },
  }
}

function mongodb(): TestDatabase {
  const base = process.env.MONGODB_URI
  return {
    kind: 'mongodb',
    skipReason: base ? null : 'MONGODB_URI is niet gezet: op deze machine is geen MongoDB-server te krijgen',
    create: async () => {
      const name = `portal_test_${crypto.randomBytes(6).toString('hex')}`
      const uri = withDatabase(base as string, name)
      return {
        uri,
        drop: async () => {
          const { default: mongoose } = await import('mongoose')
          const connection = await mongoose.createConnection(uri).asPromise()
          await connection.dropDatabase()
          await connection.close()
        },
      }
    },
  }
}

let cache: Promise<TestDatabase[]> | undefined

export function testDatabases(): Promise<TestDatabase[]> {
  cache ??= Promise.all([sqlite(), postgres(), mongodb()])
  return cache
}
