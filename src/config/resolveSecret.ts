import path from 'node:path'

import { readOrCreateSecretFile, runsSeveralInstances, SECRET_FILE, SHARED_SECRET_MESSAGE } from './secretFile.mjs'

export class MissingSecretError extends Error {
  constructor(
    message = 'PAYLOAD_SECRET ontbreekt: zet in productie een lange willekeurige waarde in de omgeving. / PAYLOAD_SECRET is missing: production needs a long random value in the environment.',
  ) {
    super(message)
    this.name = 'MissingSecretError'
  }
}

/**
 * PAYLOAD_SECRET signs sessions and encrypts tokens. Production must be given one; outside
 * production a fresh clone needs no .env, so one is generated once and kept under data/; never
 * where several instances run, which must all share one.
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) return given
  if (runsSeveralInstances(env)) throw new MissingSecretError(SHARED_SECRET_MESSAGE)
  if (env.NODE_ENV === 'production') throw new MissingSecretError()
  return readOrCreateSecretFile(path.resolve(cwd, SECRET_FILE))
}
