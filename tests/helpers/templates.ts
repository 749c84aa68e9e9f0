import fs from 'node:fs'
import path from 'node:path'

/**
 * Work every test file used to repeat, done once per test run and copied after that:
 * - a migrated SQLite file, copied per test database;
 * - a migrated PostgreSQL database, copied per test database with `CREATE DATABASE … TEMPLATE`;
 * - a seeded SQLite file (the demo content), copied for the tests that read demo content.
 *
 * Each is made the first time a test file asks for it, by that file's worker, under a lock file
 * in the run's directory (tests/helpers/globalSetup.ts makes it); the other workers wait for it.
 * A run of unit tests only never pays for any of them. Without a run directory (a helper used
 * outside the test runner) every database starts empty, as before.
 */

export const RUN_DIR_ENV = 'PORTAL_TEST_RUN_DIR'
export const RUN_ID_ENV = 'PORTAL_TEST_RUN_ID'

/** How long a worker waits for another worker's template before it gives up. */
const WAIT_MS = 10 * 60_000

export function runDirectory(): string | null {
  const dir = process.env[RUN_DIR_ENV]
  // DATABASE_PUSH=true lets the adapter push the schema: there is no migrated state to copy.
  if (!dir || process.env.DATABASE_PUSH === 'true' || !fs.existsSync(dir)) return null
  return dir
}

export function runId(): string {
  return (process.env[RUN_ID_ENV] || 'x').replace(/[^a-z0-9]/g, '')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The value a template's builder wrote, building it first when no worker has yet. `build` runs
 * in exactly one worker per run; a failed build releases the lock so the next asker tries again.
 */
export async function once<T>(name: string, build: () => Promise<T>): Promise<T> {
  const dir = runDirectory()
  if (!dir) throw new Error('no test run directory')
  const ready = path.join(dir, `${name}.json`)
  const lock = path.join(dir, `${name}.lock`)
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    if (fs.existsSync(ready)) return JSON.parse(fs.readFileSync(ready, 'utf8')) as T
    let handle: number | null = null
    try {
      handle = fs.openSync(lock, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (handle !== null) {
      fs.closeSync(handle)
      try {
        const started = performance.now()
        const value = await build()
        fs.writeFileSync(`${ready}.tmp`, JSON.stringify(value))
        fs.renameSync(`${ready}.tmp`, ready)
        console.log(`[test-templates] ${name} gemaakt in ${((performance.now() - started) / 1000).toFixed(1)} s`)
        return value
      } catch (error) {
        fs.rmSync(lock, { force: true })
        throw error
      }
    }
    if (Date.now() > deadline) throw new Error(`[test-templates] ${name}: na ${WAIT_MS / 1000} s nog niet klaar`)
    await sleep(250)
  }
}

/** Name of this run's migrated PostgreSQL template database. */
export const postgresTemplateName = () => `portal_tpl_${runId()}`
