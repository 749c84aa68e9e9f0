// Backup and restore of the embedded SQLite database and the uploaded files. Plain JavaScript so
// that `npm run backup` / `npm run restore` run with node alone on a production machine.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/** The folders Payload stores uploads in (collections/Media and collections/Documents: staticDir). */
export const UPLOAD_DIRS = ['data/media', 'data/documents']

/**
 * The SQLite file DATABASE_URI names (the same rules as src/db/parseDatabaseUri.ts), or null for
 * another database: PostgreSQL and MongoDB have their own tools (README, "Back-ups").
 * @param {string | undefined} uri
 * @param {string} cwd
 */
export function sqliteFile(uri, cwd = process.cwd()) {
  const value = (uri ?? '').trim()
  if (value === '') return path.resolve(cwd, 'data/portal.db')
  if (!/^file:/i.test(value)) return null
  const rest = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  return rest === '' || rest === ':memory:' ? null : path.resolve(cwd, rest)
}

const sha256 = (/** @type {string} */ file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** @param {string} from @param {string} to */
function copyTree(from, to) {
  if (!fs.existsSync(from)) return 0
  let files = 0
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) files += copyTree(source, target)
    else if (entry.isFile()) {
      fs.copyFileSync(source, target)
      files += 1
    }
  }
  return files
}

/**
 * A consistent copy while the portal runs: `VACUUM INTO` reads the database inside one read
 * transaction (what SQLite's online backup gives too), so writes that land meanwhile are either
 * wholly in the copy or not at all, and the portal's writers are not blocked (WAL mode). The
 * upload folders are copied after the database, so every file the copy names is there (a file
 * uploaded meanwhile is an extra, harmless).
 * @param {{ databaseFile: string, root: string, target: string, uploadDirs?: string[] }} options
 * @returns {Promise<{ target: string, databaseBytes: number, files: number }>}
 */
export async function backup({ databaseFile, root, target, uploadDirs = UPLOAD_DIRS }) {
  if (!fs.existsSync(databaseFile)) throw new Error(`Database ${databaseFile} bestaat niet.`)
  if (fs.existsSync(target)) throw new Error(`${target} bestaat al; kies een nieuwe map voor de back-up.`)
  fs.mkdirSync(target, { recursive: true })
  const copy = path.join(target, 'portal.db')
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    // A busy writer must not make the backup fail at once.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
  } finally {
    client.close()
  }
  let files = 0
  for (const dir of uploadDirs) files += copyTree(path.join(root, dir), path.join(target, 'files', dir))
  const manifest = {
    createdAt: new Date().toISOString(),
    database: { file: 'portal.db', sha256: sha256(copy), bytes: fs.statSync(copy).size },
    uploadDirs,
    files,
  }
  fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return { target, databaseBytes: manifest.database.bytes, files }
}

/**
 * Puts a backup back. The portal must be stopped: the database file is replaced (by a rename, so
 * a crash halfway leaves the old one), its -wal and -shm files removed, and the upload folders
 * replaced by the backup's. The copy is checked against the manifest and with SQLite's
 * integrity_check before anything is touched.
 * @param {{ source: string, databaseFile: string, root: string }} options
 */
export async function restore({ source, databaseFile, root }) {
  const manifestFile = path.join(source, 'manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Error(`${source} is geen back-up: manifest.json ontbreekt.`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  const copy = path.join(source, manifest.database.file)
  if (sha256(copy) !== manifest.database.sha256) throw new Error('De database in de back-up is beschadigd (controlegetal klopt niet).')
  const client = createClient({ url: `file:${copy}` })
  try {
    const result = await client.execute('PRAGMA integrity_check')
    if (String(result.rows[0]?.[0]) !== 'ok') throw new Error('De database in de back-up is niet in orde (integrity_check).')
  } finally {
    client.close()
  }
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const incoming = `${databaseFile}.restore-${process.pid}`
  fs.copyFileSync(copy, incoming)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
  fs.renameSync(incoming, databaseFile)
  let files = 0
  for (const dir of manifest.uploadDirs) {
    const target = path.join(root, dir)
    fs.rmSync(target, { recursive: true, force: true })
    files += copyTree(path.join(source, 'files', dir), target)
  }
  return { databaseFile, files }
}
