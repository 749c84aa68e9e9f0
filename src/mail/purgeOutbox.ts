import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * Where this instance writes its mail files, or null when it sends by SMTP. Kept on the config
 * (custom.mailOutboxDir) so jobs find the folder the running instance actually uses.
 */
export function mailOutboxDir(payload: Payload): string | null {
  const dir = (payload.config.custom as { mailOutboxDir?: unknown } | undefined)?.mailOutboxDir
  return typeof dir === 'string' && dir ? dir : null
}

/**
 * Deletes the outbox's .eml files last written before `cutoff`. They hold names, addresses and
 * live cancel links, so they must not outlive the registrations they were about. Only .eml files
 * directly in the folder: nothing else there is ours to delete.
 */
export function purgeOutbox(dir: string, cutoff: Date): number {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  let purged = 0
  for (const name of names) {
    if (!name.endsWith('.eml')) continue
    const file = path.join(dir, name)
    const stat = fs.lstatSync(file, { throwIfNoEntry: false })
    if (!stat?.isFile() || stat.mtime >= cutoff) continue
    fs.rmSync(file, { force: true })
    purged++
  }
  return purged
}
