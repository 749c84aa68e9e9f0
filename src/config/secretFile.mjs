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
