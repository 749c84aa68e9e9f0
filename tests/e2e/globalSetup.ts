import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureBuild, PROJECT_ROOT } from '../../src/cli/build.mjs'
import { waitForHealth } from '../../src/cli/waitForHealth.mjs'
import { freePort, logTail } from '../helpers/localServers'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production server of this test run answers, e.g. http://127.0.0.1:41234. */
    baseUrl: string
    /** Where that server writes its mail (.eml files). */
    outboxDir: string
    /** Password of the seeded demo accounts (seed/README.md lists them). */
    demoPassword: string
    /** The server's SQLite file (for what no API does, such as queueing a scheduled publish). */
    databasePath: string
    /**
     * Where the setup writes whether the server is up ({ ok: true }) or why not ({ ok: false,
     * message }): tests/e2e/waitForServer.ts waits for it before a browser spec file starts.
     */
    serverStatusFile: string
  }
}

/** Known to the specs so they can log in as the seeded demo accounts. */
const DEMO_PASSWORD = 'e2e-demo-wachtwoord-niet-voor-productie'

const log = (line: string) => console.log(`[e2e] ${line}`)

/** The test runner's own variables would change how Payload and Next behave in the server. */
function serverEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') continue
    // The server gets its own database, mail and secret below, never the developer's.
    if (/^(DATABASE_|SMTP_|MAIL_|GRAPHQL_|PAYLOAD_SECRET$|PUBLIC_URL$|PORT$|SEED_ON_START$|COOKIE_SECURE$)/.test(key)) continue
    env[key] = value
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...overrides } as unknown as NodeJS.ProcessEnv
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null || !server.pid) return resolve()
    const timer = setTimeout(() => process.kill(-server.pid!, 'SIGKILL'), 10_000)
    server.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      // The whole process group: `next start` runs its server in a child process.
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/**
 * Builds the production app when the sources changed (the same check as `npm start`), starts
 * `next start` on a free port with a throw-away SQLite database, and tells the specs where it is.
 *
 * Vitest runs every project's global setup before the first test file, and the browser files
 * after all the other files. So the build and the server start run in the background while the
 * int project's files run (on CI's two cores that work would otherwise wait for them, or they for
 * it); each browser spec file waits for the outcome in tests/e2e/waitForServer.ts, which fails
 * the file with the build's or server's log when either failed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'))
  const buildLog = path.join(dir, 'build.log')
  const serverLog = path.join(dir, 'server.log')
  const statusFile = path.join(dir, 'server-status.json')
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const outboxDir = path.join(dir, 'outbox')
  let server: ChildProcess | undefined

  const prepare = async () => {
    const buildOutput = fs.openSync(buildLog, 'a')
    try {
      const { built, reason } = await ensureBuild({
        env: serverEnvironment({ PAYLOAD_SECRET: 'e2e-build-only-secret' }),
        log,
        output: buildOutput,
      })
      if (!built) log(`reusing the production build (${reason})`)
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- ${buildLog} ---\n${logTail(buildLog, 40)}`)
    } finally {
      fs.closeSync(buildOutput)
    }

    const serverOutput = fs.openSync(serverLog, 'a')
    const started = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', serverOutput, serverOutput],
      env: serverEnvironment({
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URI: `file:${path.join(dir, 'portal.db')}`,
        PAYLOAD_SECRET: 'e2e-test-secret-not-for-production',
        SEED_ON_START: 'true',
        SEED_DEMO_PASSWORD: DEMO_PASSWORD,
        MAIL_OUTBOX_DIR: outboxDir,
        // On here so the access tests can prove drafts stay out of GraphQL too; off is the default
        // (tests/int/graphql/limits.spec.ts).
        GRAPHQL_ENABLED: 'true',
        // Every browser test comes from one address; the per-address limits (tested on their own in
        // tests/int/api/rate-limits.spec.ts) would otherwise stop the journeys halfway.
        RATE_LIMIT_REGISTRATIONS: '999999/60',
        RATE_LIMIT_SEARCH: '999999/60',
        RATE_LIMIT_SUBSCRIPTIONS: '999999/60',
        RATE_LIMIT_PASSWORD_RESET: '999999/60',
      }),
    })
    server = started
    fs.closeSync(serverOutput)
    try {
      await waitForHealth(baseUrl, {
        timeoutMs: 180_000,
        stillRunning: () => started.exitCode === null && started.signalCode === null,
      })
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- ${serverLog} ---\n${logTail(serverLog, 40)}`)
    }
    log(`production server ready at ${baseUrl}`)
  }

  const writeStatus = (status: { ok: true } | { ok: false; message: string }) => {
    fs.writeFileSync(`${statusFile}.tmp`, JSON.stringify(status))
    fs.renameSync(`${statusFile}.tmp`, statusFile)
  }
  const prepared = prepare().then(
    () => writeStatus({ ok: true }),
    (error: Error) => {
      log(`the production server could not be started: ${error.message}`)
      writeStatus({ ok: false, message: error.message })
    },
  )

  project.provide('baseUrl', baseUrl)
  project.provide('outboxDir', outboxDir)
  project.provide('demoPassword', DEMO_PASSWORD)
  project.provide('databasePath', path.join(dir, 'portal.db'))
  project.provide('serverStatusFile', statusFile)

  return async () => {
    // A run that ends early (the int files failed, a filter left no browser file) still waits
    // for the build, so it never leaves a half-written .next behind.
    await prepared
    if (server) await stop(server)
    if (process.env.KEEP_E2E_DIR === 'true') log(`kept ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
}
