import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { postgresAdminUri, testDatabases } from './databases'
import { postgresTemplateName, RUN_DIR_ENV, RUN_ID_ENV } from './templates'

/**
 * Once per test run: a directory for the run's database templates (tests/helpers/templates.ts
 * makes them when a test first asks), removed again at the end with the PostgreSQL template. In
 * CI an unreachable PostgreSQL fails the run here, before any test starts.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-run-'))
  process.env[RUN_DIR_ENV] = dir
  process.env[RUN_ID_ENV] = crypto.randomBytes(5).toString('hex')
  const template = postgresTemplateName()
  // Throws under CI=true when PostgreSQL does not answer.
  const postgres = (await testDatabases()).find((database) => database.kind === 'postgres')

  return async () => {
    if (postgres && !postgres.skipReason) {
      const client = new pg.Client({ connectionString: postgresAdminUri() })
      await client.connect()
      await client.query(`drop database if exists ${template} with (force)`).catch(() => undefined)
      await client.end()
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
