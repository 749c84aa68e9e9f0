// Creates one migration per SQL database kind from the current collections, since SQLite and
// PostgreSQL each need their own: `npm run migrate:create -- <name>`.
// PostgreSQL comes from TEST_POSTGRES_URI or the machine's local server.
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2] || 'change'
const targets = {
  sqlite: `file:${path.join(os.tmpdir(), `portal-migrate-${process.pid}.db`)}`,
  postgres: process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres',
}
for (const [kind, uri] of Object.entries(targets)) {
  console.log(`\n== ${kind}: migration "${name}"`)
  const result = spawnSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URI: uri,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'migration-generation-only',
      NODE_OPTIONS: '--conditions=production',
    },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
