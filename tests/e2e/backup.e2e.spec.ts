import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, type Session } from './helpers/api'

/**
 * `npm run backup` and `npm run restore` (src/backup/sqliteBackup.mjs) against the running
 * production server's SQLite database while an editor keeps saving: the copy is consistent, holds
 * everything saved before the backup began, comes back with its uploads, and a damaged copy is
 * refused before anything is replaced.
 */
const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const databasePath = inject('databasePath')
const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')

let editor: Session
let work: string
const created: number[] = []

beforeAll(async () => {
  editor = await login(baseUrl, 'redactie@example.org', demoPassword)
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))
})

afterAll(async () => {
  for (const id of created) await api(baseUrl, `/api/glossary-terms/${id}`, { session: editor, method: 'DELETE' })
  fs.rmSync(work, { recursive: true, force: true })
})

/** A draft glossary term saved through the API, as an editor does in the admin. */
async function saveTerm(label: string): Promise<number> {
  const response = await api<{ doc: { id: number } }>(baseUrl, '/api/glossary-terms?draft=true', {
    session: editor,
    method: 'POST',
    body: { title: `Back-uptest ${label}`, definition: 'Een begrip dat alleen voor de back-uptest bestaat.', _status: 'draft' },
  })
  expect(response.status, JSON.stringify(response.data)).toBe(201)
  created.push(response.data.doc.id)
  return response.data.doc.id
}

/** `node src/cli/<script>.mjs`, as `npm run backup` / `npm run restore` call it. */
function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return run(process.execPath, [path.join(ROOT, 'src', 'cli', `${script}.mjs`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 60_000,
  })
}

async function termIds(file: string): Promise<Set<number>> {
  const db = createClient({ url: `file:${file}` })
  try {
    const { rows } = await db.execute("SELECT id FROM glossary_terms WHERE title LIKE 'Back-uptest %'")
    return new Set(rows.map((row) => Number(row.id)))
  } finally {
    db.close()
  }
}

describe('backup and restore of the embedded database while the portal runs', () => {
  const source = () => path.join(work, 'live')
  const backupDir = () => path.join(work, 'backup')
  const restored = () => path.join(work, 'restored')

  it('copies the live database consistently while an editor keeps saving', async () => {
    // The uploads the backup takes along (PORTAL_ROOT names the folder that holds data/media).
    fs.mkdirSync(path.join(source(), 'data', 'media'), { recursive: true })
    fs.writeFileSync(path.join(source(), 'data', 'media', 'folder.pdf'), '%PDF-1.4 back-uptest\n')
    const before = [await saveTerm('voor 1'), await saveTerm('voor 2')]

    let saving = true
    const written: number[] = []
    // One save after another, as an editor (and the portal's single SQLite writer) does.
    const writer = (async () => {
      for (let i = 0; saving && i < 200; i++) written.push(await saveTerm(`tijdens ${i}`))
    })()
    // Let the writes get going, so the backup runs in the middle of them.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const { stdout } = await cli('backup', [backupDir()], { DATABASE_URI: `file:${databasePath}`, PORTAL_ROOT: source() })
    saving = false
    await writer
    expect(stdout).toMatch(/\[backup\] .*: database \d+ bytes, 1 bestanden/)
    expect(written.length).toBeGreaterThan(0)

    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir(), 'manifest.json'), 'utf8'))
    expect(manifest.files).toBe(1)
    const copy = path.join(backupDir(), 'portal.db')
    const db = createClient({ url: `file:${copy}` })
    try {
      expect(String((await db.execute('PRAGMA integrity_check')).rows[0]?.[0])).toBe('ok')
      // Every migration the live database has, the copy has.
      const live = createClient({ url: `file:${databasePath}` })
      try {
        const names = async (client: typeof db) => (await client.execute('SELECT name FROM payload_migrations ORDER BY name')).rows.map((row) => row.name)
        expect(await names(db)).toEqual(await names(live))
      } finally {
        live.close()
      }
    } finally {
      db.close()
    }
    const inCopy = await termIds(copy)
    for (const id of before) expect(inCopy.has(id), `term ${id} saved before the backup`).toBe(true)
    // Nothing in the copy that the portal does not have (no half-written rows).
    const inLive = await termIds(databasePath)
    for (const id of inCopy) expect(inLive.has(id)).toBe(true)
  })

  it('puts the backup back, with its uploads, into a stopped portal’s place', async () => {
    const target = path.join(restored(), 'data', 'portal.db')
    const { stdout } = await cli('restore', [backupDir()], { DATABASE_URI: `file:${target}`, PORTAL_ROOT: restored() })
    expect(stdout).toMatch(/teruggezet, 1 bestanden/)
    expect(fs.readFileSync(path.join(restored(), 'data', 'media', 'folder.pdf'), 'utf8')).toBe('%PDF-1.4 back-uptest\n')
    expect(await termIds(target)).toEqual(await termIds(path.join(backupDir(), 'portal.db')))
  })

  it('refuses a damaged backup in Dutch and leaves the database as it was', async () => {
    const damaged = path.join(work, 'damaged')
    fs.cpSync(backupDir(), damaged, { recursive: true })
    const file = path.join(damaged, 'portal.db')
    const bytes = fs.readFileSync(file)
    bytes[bytes.length - 100] ^= 0xff
    fs.writeFileSync(file, bytes)
    const target = path.join(restored(), 'data', 'portal.db')
    const untouched = fs.readFileSync(target)
    const failed = await cli('restore', [damaged], { DATABASE_URI: `file:${target}`, PORTAL_ROOT: restored() }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toMatch(/beschadigd/)
    expect(fs.readFileSync(target).equals(untouched)).toBe(true)
  })
})
