import { sql as postgresSql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }
type PostgresAdapter = { sessions: Record<string, Session | undefined> }

const SAVEPOINT = 'portal_side_effect'

/** The id of the request's transaction, once Payload has begun it; undefined outside one. */
export async function transactionId(req: PayloadRequest): Promise<string | number | undefined> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return id ?? undefined
}

/**
 * Runs a side effect of a save (recording an alert, say) inside the save's transaction, so that it
 * commits with the save, but so that its failure cannot take the save down with it. Two things did:
 * - a Payload operation that fails rolls back the whole transaction of the request it was given
 *   (`killTransaction`), so a hook that caught the error went on, the save answered "saved", and
 *   nothing had been stored;
 * - on PostgreSQL one failed statement aborts the transaction, and its commit rolls back.
 * Seen as a lost publish in the access matrix, when a subscriber list was deleted at the same time.
 *
 * So while `run` works the request names its transaction by a settled promise, which Payload's
 * operations use but never end, and on PostgreSQL the work gets a savepoint of its own: on failure
 * only its statements are undone, and the error goes on to the caller to log. SQLite undoes only the
 * failed statement by itself.
 */
export async function withSavepoint<T>(req: PayloadRequest | undefined, run: () => Promise<T>): Promise<T> {
  const id = req ? await transactionId(req) : undefined
  if (!req || id === undefined) return run()
  // The transaction sessions are an adapter internal that Payload's DatabaseAdapter type leaves out.
  const session =
    req.payload.db.name === 'postgres' ? (req.payload.db as unknown as PostgresAdapter).sessions[String(id)] : undefined
  // Restored afterwards as it was: a nested call gives back its caller's promise, not the id.
  const previous = req.transactionID
  req.transactionID = Promise.resolve(id)
  try {
    if (!session) return await run()
    await session.db.execute(postgresSql.raw(`SAVEPOINT ${SAVEPOINT}`))
    try {
      const result = await run()
      await session.db.execute(postgresSql.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`))
      return result
    } catch (error) {
      // Released too, so that the name means the enclosing savepoint again when calls nest.
      await session.db.execute(postgresSql.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`))
      await session.db.execute(postgresSql.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`))
      throw error
    }
  } finally {
    req.transactionID = previous
  }
}
