import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { TestDatabase } from './databases'

type Drizzle = { execute?: (query: unknown) => Promise<unknown>; run?: (query: unknown) => Promise<unknown> }

/**
 * Makes the database itself refuse every insert into `table` (a trigger), as a full disk or a
 * broken constraint would; returns the function that takes the trigger away again. SQL only.
 */
export async function refuseInserts(
  payload: Payload,
  kind: TestDatabase['kind'],
  table: string,
): Promise<() => Promise<void>> {
  // The drizzle instance is an adapter internal that Payload's DatabaseAdapter type leaves out.
  const { drizzle } = payload.db as unknown as { drizzle: Drizzle }
  const exec = (statement: string) =>
    kind === 'postgres' ? drizzle.execute!(postgresSql.raw(statement)) : drizzle.run!(sqliteSql.raw(statement))
  const name = `portal_test_refuse_${table}`
  if (kind === 'postgres') {
    await exec(
      `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'geweigerd'; END $$ LANGUAGE plpgsql`,
    )
    await exec(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`)
    return async () => void (await exec(`DROP TRIGGER IF EXISTS ${name} ON ${table}`))
  }
  if (kind !== 'sqlite') throw new Error(`refuseInserts: not on ${kind}`)
  await exec(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'geweigerd'); END`)
  return async () => void (await exec(`DROP TRIGGER IF EXISTS ${name}`))
}
