// `npm run backup [-- <map>]`: a consistent copy of the SQLite database and the uploads while the
// portal runs. Without a folder: backups/<date-time>/. PostgreSQL and MongoDB: see the README.
import path from 'node:path'

import { backup, sqliteFile } from '../backup/sqliteBackup.mjs'
import { PROJECT_ROOT } from './build.mjs'

// The folder whose data/media and data/documents are backed up (tests point it elsewhere).
const ROOT = process.env.PORTAL_ROOT ? path.resolve(process.env.PORTAL_ROOT) : PROJECT_ROOT

const databaseFile = sqliteFile(process.env.DATABASE_URI, ROOT)
if (!databaseFile) {
  console.error('[backup] DATABASE_URI is geen SQLite-bestand. Gebruik pg_dump (PostgreSQL) of mongodump (MongoDB); zie README, "Back-ups".')
  process.exit(1)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(process.argv[2] ?? path.join(ROOT, 'backups', stamp))
try {
  const result = await backup({ databaseFile, root: ROOT, target })
  console.log(`[backup] ${result.target}: database ${result.databaseBytes} bytes, ${result.files} bestanden`)
} catch (error) {
  console.error(`[backup] mislukt: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
