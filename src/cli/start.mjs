// `npm start`: builds the production app when the sources changed, then runs it with `next start`.
// `npm run build` (--build-only) stops after the build; --force builds even when nothing changed.
// `--no-build` (or SKIP_BUILD=1) never builds: several hosts or containers run one build made
// once, and a missing build is an error rather than a surprise build on a production host.
// A fresh clone needs no .env: without PAYLOAD_SECRET a local one is kept in data/ (one instance only).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { readOrCreateSecretFile, runsSeveralInstances, SECRET_FILE, SHARED_SECRET_MESSAGE } from '../config/secretFile.mjs'
import { buildStatus, ensureBuild, PROJECT_ROOT } from './build.mjs'
import { waitForHealth } from './waitForHealth.mjs'

const log = (line) => console.log(`[portal] ${line}`)
const fail = (message) => {
  console.error(`[portal] ${message}`)
  process.exit(1)
}

/** @param {string | undefined} value */
function parsePort(value) {
  if (value === undefined || value.trim() === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(
      `PORT "${value}" is geen geldig poortnummer (1–65535). / PORT "${value}" is not a valid port number (1–65535).`,
    )
  }
  return port
}

/**
 * The server always runs with NODE_ENV=production, where the config demands a secret. Someone who
 * set NODE_ENV=production themselves is deploying and must give one; anyone else (a fresh clone)
 * gets the locally generated one.
 * @param {NodeJS.ProcessEnv} env
 */
function secretFor(env) {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) return given
  if (runsSeveralInstances(env)) fail(SHARED_SECRET_MESSAGE)
  if (env.NODE_ENV === 'production') {
    fail(
      'PAYLOAD_SECRET ontbreekt: zet in productie een lange willekeurige waarde in de omgeving. / PAYLOAD_SECRET is missing: production needs a long random value in the environment.',
    )
  }
  const secret = readOrCreateSecretFile(path.join(PROJECT_ROOT, SECRET_FILE))
  log(`PAYLOAD_SECRET is not set: using the local secret in ${SECRET_FILE} (set PAYLOAD_SECRET for a real deployment).`)
  return secret
}

async function main() {
  const args = new Set(process.argv.slice(2))
  const port = parsePort(process.env.PORT)
  const env = { ...process.env, PAYLOAD_SECRET: secretFor(process.env), NEXT_TELEMETRY_DISABLED: '1' }

  // SKIP_BUILD is about starting (`npm start` on a host that runs a build made elsewhere); an
  // explicit `npm run build` builds even where the environment file sets it.
  const skipBuild = !args.has('--build-only') && (args.has('--no-build') || ['1', 'true'].includes(process.env.SKIP_BUILD ?? ''))
  if (skipBuild) {
    const status = buildStatus()
    if (status.reason === 'there is no production build yet')
      fail(
        'Er is nog geen productiebuild (.next/BUILD_ID ontbreekt): draai eerst `npm run build`. / There is no production build yet: run `npm run build` first (SKIP_BUILD / --no-build never builds).',
      )
    if (status.needed) log(`not building (SKIP_BUILD / --no-build), although ${status.reason}`)
  } else {
    const { built, reason } = await ensureBuild({ env, force: args.has('--force'), log })
    if (!built) log(`no build needed: ${reason}`)
  }
  if (args.has('--build-only')) return

  const next = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next')
  const server = spawn(next, ['start', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: 'inherit',
  })
  let running = true
  server.on('exit', (code, signal) => {
    running = false
    process.exitCode = code ?? (signal ? 1 : 0)
  })
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      if (running) server.kill(signal)
    })
  }

  try {
    // Migrations and the demo content run before the server answers healthy; on a slow disk or a
    // remote database that can take a while.
    await waitForHealth(`http://127.0.0.1:${port}`, { timeoutMs: 600_000, stillRunning: () => running })
    log(`Kennisportaal running at http://localhost:${port} (admin: http://localhost:${port}/admin)`)
  } catch (error) {
    if (running) log(`the portal did not become healthy: ${/** @type {Error} */ (error).message}`)
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)))
