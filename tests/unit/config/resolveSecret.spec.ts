import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { MissingSecretError, resolveSecret } from '../../../src/config/resolveSecret'
import { SECRET_FILE } from '../../../src/config/secretFile.mjs'

/** An environment with just these variables. */
const env = (variables: Record<string, string | undefined>) => variables as unknown as NodeJS.ProcessEnv

describe('resolveSecret', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-secret-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('uses PAYLOAD_SECRET when it is given', () => {
    const cwd = tempDir()
    expect(resolveSecret(env({ PAYLOAD_SECRET: ' given-secret ', NODE_ENV: 'production' }), cwd)).toBe('given-secret')
    expect(fs.existsSync(path.join(cwd, SECRET_FILE))).toBe(false)
  })

  it('stops production without a secret with a Dutch and English message, and writes no file', () => {
    const cwd = tempDir()
    for (const variables of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', PAYLOAD_SECRET: '  ' }]) {
      expect(() => resolveSecret(env(variables), cwd)).toThrow(MissingSecretError)
    }
    expect(() => resolveSecret(env({ NODE_ENV: 'production' }), cwd)).toThrow(
      /PAYLOAD_SECRET ontbreekt.*PAYLOAD_SECRET is missing/s,
    )
    expect(fs.existsSync(path.join(cwd, SECRET_FILE))).toBe(false)
  })

  it('refuses the local secret where several instances run (INSTANCES above 1 or REDIS_URL)', () => {
    const cwd = tempDir()
    for (const variables of [{ INSTANCES: '2' }, { REDIS_URL: 'redis://127.0.0.1:6379', NODE_ENV: 'development' }]) {
      expect(() => resolveSecret(env(variables), cwd)).toThrow(/dezelfde geheime waarde.*same secret/s)
    }
    expect(fs.existsSync(path.join(cwd, SECRET_FILE))).toBe(false)
    expect(resolveSecret(env({ INSTANCES: '2', PAYLOAD_SECRET: 'shared' }), cwd)).toBe('shared')
    // One instance still gets the local secret.
    expect(resolveSecret(env({ INSTANCES: '1' }), cwd)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('outside production creates a local secret once and reuses it', () => {
    const cwd = tempDir()
    const first = resolveSecret(env({ NODE_ENV: 'development' }), cwd)
    const file = path.join(cwd, SECRET_FILE)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    // Only the owner may read it.
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(resolveSecret(env({ NODE_ENV: 'development' }), cwd)).toBe(first)
    expect(resolveSecret(env({}), cwd)).toBe(first)
    // Another checkout gets its own.
    expect(resolveSecret(env({}), tempDir())).not.toBe(first)
  })
})
