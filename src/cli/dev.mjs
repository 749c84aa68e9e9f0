// `npm run dev`: Next's development server. In development Payload pushes schema changes straight
// into the database and marks it as pushed; `npm start` would then stop at an interactive
// question before migrating it. So without a DATABASE_URI, development gets its own SQLite file.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { PROJECT_ROOT } from './build.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
if (!env.DATABASE_URI?.trim()) {
  env.DATABASE_URI = 'file:data/dev.db'
  console.log('[portal] development database: data/dev.db (set DATABASE_URI to use another)')
}

const next = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  env,
  stdio: 'inherit',
})
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => next.kill(signal))
next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
