import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

/**
 * The databases one shared suite runs on. SQLite always; PostgreSQL and MongoDB when a server
 * answers. An absent server is reported with the reason, never faked.
 */
export type TestDatabase = {
  kind: 'sqlite' | 'postgres' | 'mongodb'
  /** Why the suite does not run on this database here, or null when it does. */
  skipReason: string | null
  /** A fresh, empty database; returns its URI and a function that removes it. */
  create: () => Promise<{ uri: string; drop: () => Promise<void> }>
}

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

function sqlite(): TestDatabase {
  return {
    kind: 'sqlite',
    skipReason: null,
    create: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
      const file = path.join(dir, 'portal.db')
      return { uri: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
    },
  }
}

async function postgres(): Promise<TestDatabase> {
  const admin = process.env.TEST_POSTGRES_URI || DEFAULT_POSTGRES
  const skipReason = await postgresReachable(admin)
  return {
    kind: 'postgres',
    skipReason,
    create: async () => {
      const name = `portal_test_${crypto.randomBytes(6).toString('hex')}`
      const client = new pg.Client({ connectionString: admin })
      await client.connect()
      await client.query(`create database ${name}`)
      await client.end()
      return {
        uri: withDatabase(admin, name),
        drop: async () => {
          const c = new pg.Client({ connectionString: admin })
          await c.connect()
          await c.query(`drop database if exists ${name} with (force)`)
          await c.end()
        },
      }
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
