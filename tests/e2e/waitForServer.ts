import fs from 'node:fs'

import { inject } from 'vitest'

/**
 * Runs before every browser spec file: waits until the global setup (tests/e2e/globalSetup.ts)
 * has the production server up, which it does in the background while the other projects' files
 * run. A failed build or server start fails each browser file with the log that says why.
 */
const statusFile = inject('serverStatusFile')
const WAIT_MS = 20 * 60_000

if (statusFile) {
  const deadline = Date.now() + WAIT_MS
  while (!fs.existsSync(statusFile)) {
    if (Date.now() > deadline) throw new Error(`[e2e] the production server was not ready after ${WAIT_MS / 60_000} minutes`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const status = JSON.parse(fs.readFileSync(statusFile, 'utf8')) as { ok: boolean; message?: string }
  if (!status.ok) throw new Error(`[e2e] the production server could not be started:\n${status.message}`)
}
