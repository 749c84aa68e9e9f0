// `npm run restore -- <map>`: puts a backup made by `npm run backup` back. Stop the portal first.
import path from 'node:path'

import { restore, sqliteFile } from '../backup/sqliteBackup.mjs'
import { PROJECT_ROOT } from './build.mjs'

// The folder whose data/media and data/documents are backed up (tests point it elsewhere).
const ROOT = process.env.PORTAL_ROOT ? path.resolve(process.env.PORTAL_ROOT) : PROJECT_ROOT

const source = process.argv[2]
if (!source) {
  console.error('[restore] Geef de map van de back-up op: npm run restore -- backups/<datum-tijd>')
  process.exit(1)
}
const databaseFile = sqliteFile(process.env.DATABASE_URI, ROOT)
if (!databaseFile) {
  console.error('[restore] DATABASE_URI is geen SQLite-bestand. Gebruik pg_restore/psql of mongorestore; zie README, "Back-ups".')
  process.exit(1)
}
try {
  const result = await restore({ source: path.resolve(source), databaseFile, root: ROOT })
  console.log(`[restore] ${result.databaseFile} teruggezet, ${result.files} bestanden; start de portal opnieuw.`)
} catch (error) {
  console.error(`[restore] mislukt: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
