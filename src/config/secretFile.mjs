// Plain JavaScript so that both the start-up script (before anything is compiled) and the
// TypeScript config can use it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const SECRET_FILE = 'data/.payload-secret'

/**
 * Reads the locally generated secret, creating it (mode 600) the first time.
 * @param {string} file
 * @returns {string}
 */
export function readOrCreateSecretFile(file) {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing) return existing
  } catch {
    // not there yet: create it below
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * Several instances (INSTANCES above 1, or a shared REDIS_URL) must share one secret: a session
 * signed by one is checked by the other. A secret generated per machine would log everyone out
 * whenever the proxy switches instance, so it is refused there.
 * @param {Record<string, string | undefined>} env
 * @returns {boolean}
 */
export function runsSeveralInstances(env) {
  return Boolean(env.REDIS_URL?.trim()) || Number(env.INSTANCES ?? 1) > 1
}

export const SHARED_SECRET_MESSAGE =
  'PAYLOAD_SECRET ontbreekt: met meer dan één instantie (INSTANCES of REDIS_URL gezet) moeten alle instanties dezelfde geheime waarde uit de omgeving krijgen. / PAYLOAD_SECRET is missing: with more than one instance (INSTANCES or REDIS_URL set) every instance needs the same secret from the environment.'
