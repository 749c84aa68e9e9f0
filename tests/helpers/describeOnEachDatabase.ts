import { describe } from 'vitest'

import { type TestDatabase, testDatabases } from './databases'

export type EachDatabaseOptions = {
  /** The kinds this suite is meant for (all when absent), e.g. SQLite only, or not MongoDB. */
  kinds?: readonly TestDatabase['kind'][]
}

/**
 * One `describe` per test database, titled `<title> on <kind>` so that a failure names the
 * database. A database whose server is absent here is reported on the console and its block is
 * skipped, never run against something else.
 */
export async function describeOnEachDatabase(
  title: string,
  body: (database: TestDatabase) => void,
  { kinds }: EachDatabaseOptions = {},
): Promise<void> {
  for (const database of await testDatabases()) {
    if (kinds && !kinds.includes(database.kind)) continue
    if (database.skipReason) console.warn(`[${title}] ${database.kind} overgeslagen: ${database.skipReason}`)
    describe.runIf(!database.skipReason)(`${title} on ${database.kind}`, () => body(database))
  }
}
