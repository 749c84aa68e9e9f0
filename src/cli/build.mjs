// Builds the production app only when the sources changed since the last build, so `npm start`
// and the browser tests start in seconds on an unchanged tree. Plain JavaScript: it runs before
// anything is compiled.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (this file lives in src/cli/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Everything that ends up in the production build; tests, docs and data do not. */
export const FINGERPRINT_INPUTS = [
  'package-lock.json',
  'next.config.mjs',
  'cache-handler.mjs',
  'payload.config.ts',
  'tsconfig.json',
  'instrumentation.ts',
  'proxy.ts',
  'app',
  'src',
  'collections',
  'seed',
]

/** Kept inside .next so that removing .next also forgets the fingerprint. */
export const FINGERPRINT_FILE = path.join('.next', 'portal-source-fingerprint')

const SKIPPED_NAMES = new Set(['node_modules', '.DS_Store', '.git'])

function collectFiles(root, relative, into) {
  const absolute = path.join(root, relative)
  let stat
  try {
    stat = fs.statSync(absolute)
  } catch {
    return // an input that does not exist (yet) simply contributes nothing
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(absolute).sort()) {
      if (SKIPPED_NAMES.has(name) || name.endsWith('.tsbuildinfo')) continue
      collectFiles(root, path.join(relative, name), into)
    }
  } else if (stat.isFile()) {
    into.push(relative)
  }
}

/**
 * A hash over the path and content of every build input. Content, not modification times: a fresh
 * clone has new times but the same sources, and a `git checkout` back and forth has the reverse.
 * @param {string} [root]
 * @returns {string}
 */
export function sourceFingerprint(root = PROJECT_ROOT) {
  const files = []
  for (const input of FINGERPRINT_INPUTS) collectFiles(root, input, files)
  const hash = crypto.createHash('sha256')
  for (const file of files) {
    hash.update(file.split(path.sep).join('/'))
    hash.update('\0')
    hash.update(fs.readFileSync(path.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * Whether `next build` has to run, and why (for the log line).
 * @param {string} [root]
 * @returns {{ needed: boolean, reason: string }}
 */
export function buildStatus(root = PROJECT_ROOT) {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    return { needed: true, reason: 'there is no production build yet' }
  let stored = ''
  try {
    stored = fs.readFileSync(path.join(root, FINGERPRINT_FILE), 'utf8').trim()
  } catch {
    return { needed: true, reason: 'the existing build has no source fingerprint' }
  }
  if (stored !== sourceFingerprint(root)) return { needed: true, reason: 'the sources changed since the last build' }
  return { needed: false, reason: 'the build is up to date' }
}

/** @param {string} root */
function writeFingerprint(root, fingerprint) {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), `${fingerprint}\n`)
}

/**
 * Runs a command of the project; resolves on exit code 0, rejects otherwise or after timeoutMs.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, output: 'inherit' | number, timeoutMs?: number }} options
 */
function run(command, args, { cwd, env, output, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', output, output] })
    const timer = timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL')
          reject(new Error(`${path.basename(command)} ${args.join(' ')} hung for ${timeoutMs / 1000}s`))
        }, timeoutMs)
      : undefined
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(undefined)
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Two builds into one .next would corrupt it (and two at once exhaust a small machine), so a
 * build holds a lock that names its process; a lock whose process is gone is stale.
 * @param {string} root
 * @param {(line: string) => void} log
 * @returns {Promise<() => void>} releases the lock
 */
async function acquireBuildLock(root, log) {
  const id = crypto.createHash('sha1').update(root).digest('hex').slice(0, 12)
  const lock = path.join(os.tmpdir(), `portal-build-${id}.lock`)
  let announced = false
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
      return () => fs.rmSync(lock, { recursive: true, force: true })
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error
    }
    const holder = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0)
    if (holder && !isAlive(holder)) {
      fs.rmSync(lock, { recursive: true, force: true })
      continue
    }
    if (!announced) log(`waiting for another build (process ${holder || '?'})…`)
    announced = true
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/**
 * Builds the production app when buildStatus says so: first the admin's import map, then
 * `next build`. Returns whether it built.
 * @param {{
 *   root?: string,
 *   env?: NodeJS.ProcessEnv,
 *   force?: boolean,
 *   log?: (line: string) => void,
 *   output?: 'inherit' | number,
 * }} [options] output: where the tools write (a file descriptor keeps a test run's output short)
 * @returns {Promise<{ built: boolean, reason: string }>}
 */
export async function ensureBuild(options = {}) {
  const { root = PROJECT_ROOT, env = process.env, force = false, log = console.log, output = 'inherit' } = options
  const before = buildStatus(root)
  if (!force && !before.needed) return { built: false, reason: before.reason }

  const release = await acquireBuildLock(root, log)
  try {
    // Another process may have built while this one waited for the lock.
    const status = force ? { needed: true, reason: 'a build was asked for' } : buildStatus(root)
    if (!status.needed) return { built: false, reason: status.reason }

    const started = Date.now()
    log(`building the production app (${status.reason}); this takes a few minutes…`)
    const bin = (name) => path.join(root, 'node_modules', '.bin', name)
    const buildEnv = {
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // Loading the config outside Next needs these conditions, or the Lexical import can hang
      // (see ../shared/STACK-NOTES.md); one retry covers the rare hang that is left.
      NODE_OPTIONS: [env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' '),
    }
    const importMapArgs = ['generate:importmap']
    await run(bin('payload'), importMapArgs, { cwd: root, env: buildEnv, output, timeoutMs: 180_000 }).catch(
      (error) => {
        log(`import map: ${error.message}; trying once more`)
        return run(bin('payload'), importMapArgs, { cwd: root, env: buildEnv, output, timeoutMs: 180_000 })
      },
    )
    // Fingerprint after the import map is written, so a regenerated map does not force the next build.
    const fingerprint = sourceFingerprint(root)
    const { NODE_OPTIONS: _conditions, ...nextEnv } = buildEnv
    const nextBuildEnv = { ...nextEnv, NODE_OPTIONS: env.NODE_OPTIONS ?? '', PORTAL_SOURCE_FINGERPRINT: fingerprint }
    await run(bin('next'), ['build'], { cwd: root, env: nextBuildEnv, output })
    writeFingerprint(root, fingerprint)
    log(`production build ready in ${Math.round((Date.now() - started) / 1000)} s`)
    return { built: true, reason: status.reason }
  } finally {
    release()
  }
}
