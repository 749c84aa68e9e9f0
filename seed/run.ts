// `npm run seed` and `npm run seed -- --reset`: fills the portal with the Dutch demo content.
// Runs through `payload run` (see package.json) because importing the Lexical editor from a plain
// Node script can hang.
import { getPayload } from 'payload'

import config from '../payload.config'
import { seedPortal } from './index'

const USAGE =
  'Gebruik: npm run seed            (aanvullen en bijwerken)\n         npm run seed -- --reset (eerst de demo-inhoud wissen)'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const unknown = args.filter((arg) => arg !== '--reset')
if (unknown.length > 0) {
  console.error(`Onbekende optie: ${unknown.join(' ')}\n${USAGE}`)
  process.exit(2)
}
const reset = args.includes('--reset')

// The start-up seed (payload.config onInit) would run first and without this script's output.
process.env.SEED_ON_START = 'false'
const payload = await getPayload({ config })
let exitCode = 0
try {
  console.log(reset ? 'Demo-inhoud wissen en opnieuw vullen…' : 'Demo-inhoud aanvullen en bijwerken…')
  const counts = await seedPortal(payload, { reset, log: (line) => console.log(`  ${line}`) })
  console.log('\nAantallen in de database:')
  for (const [collection, count] of Object.entries(counts)) console.log(`  ${collection.padEnd(20)} ${count}`)
} catch (error) {
  console.error('De seed is mislukt:', error instanceof Error ? error.message : error)
  const details = (error as { data?: { errors?: unknown } }).data?.errors
  if (details) console.error(JSON.stringify(details, null, 2))
  exitCode = 1
} finally {
  await payload.destroy().catch(() => undefined)
}
process.exit(exitCode)
