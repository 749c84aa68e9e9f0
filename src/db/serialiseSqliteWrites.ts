import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'

import { type Client, createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { DatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite allows one writer at a time, and libsql talks to it synchronously. Out of the box every
 * Payload transaction opens a fresh connection with BEGIN IMMEDIATE; a second transaction of the
 * same process that then waits for the lock (busy_timeout) blocks the event loop, so the first can
 * never commit, and without a busy timeout it fails at once (30 parallel creates: 29 SQLITE_BUSY).
 * A fresh connection also re-reads the whole schema, about 15 ms per transaction here.
 *
 * So the writers of this process take turns in a queue, and each transaction runs on one
 * long-lived writer connection with BEGIN IMMEDIATE … COMMIT. Reads outside transactions keep the
 * adapter's own connection and, in WAL mode, see only committed data. The busy timeout on the
 * writer still covers other processes on the same file.
 */

type Release = () => void

/** A first-come, first-served lock that gives up after a while instead of hanging forever. */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve()

  constructor(private readonly timeoutMs: number) {}

  acquire(): Promise<Release> {
    let release!: Release
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = this.tail
    this.tail = previous.then(() => turn)
    return new Promise<Release>((resolve, reject) => {
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        // Pass our turn on when it comes; the caller has gone.
        void previous.then(release)
        reject(Object.assign(new Error('SQLITE_BUSY: timed out waiting for the write queue'), { code: 'SQLITE_BUSY' }))
      }, this.timeoutMs)
      void previous.then(() => {
        clearTimeout(timer)
        if (timedOut) return
        let released = false
        resolve(() => {
          if (released) return
          released = true
          release()
        })
      })
    })
  }
}

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SqliteAdapter = Omit<DatabaseAdapter, 'sessions'> & {
  client: Client
  clientConfig: { url: string }
  schema: Record<string, unknown>
  logger?: unknown
  wal?: false | { synchronous?: string }
  sessions: Record<string, Session | undefined>
}
type AnyArgs = { req?: { transactionID?: number | string | Promise<number | string> } } | undefined

const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Timeouts = {
  /** How long SQLite waits for a lock held by another process. */
  busyTimeoutMs: number
  /** How long a writer of this process waits for its turn (a burst of registrations queues here). */
  queueTimeoutMs: number
}

function patch(adapter: SqliteAdapter, { busyTimeoutMs, queueTimeoutMs }: Timeouts): void {
  const queue = new WriteQueue(queueTimeoutMs)
  const inMemory = /:memory:|mode=memory/.test(adapter.clientConfig.url)
  let writer: Promise<{ client: Client; db: unknown }> | null = null

  const openWriter = async () => {
    const client = createClient(adapter.clientConfig)
    await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    // Durability per connection: the same as the adapter's own connection.
    if (adapter.wal) await client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous ?? 'FULL'}`)
    return { client, db: drizzle(client, { schema: adapter.schema as never, logger: adapter.logger as never }) }
  }

  const originalBegin = adapter.beginTransaction.bind(adapter)
  adapter.beginTransaction = async (options) => {
    // A second connection to an in-memory database would be another database.
    if (inMemory) return originalBegin(options)
    const release = await queue.acquire()
    try {
      writer ??= openWriter()
      const { client, db } = await writer
      await client.execute('BEGIN IMMEDIATE')
      const id = crypto.randomUUID()
      adapter.sessions[id] = {
        db,
        resolve: async () => {
          await client.execute('COMMIT')
          release()
        },
        reject: async () => {
          try {
            await client.execute('ROLLBACK')
          } catch {
            // Nothing to roll back: the failed COMMIT already ended the transaction.
          } finally {
            release()
          }
        },
      }
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  // A write outside a transaction (a job queued without a request, say) waits for its turn too,
  // so it never meets a lock held by this process.
  const setBusyTimeout = () => adapter.client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  // A write method the adapter calls from inside another one (upsert calls updateOne or create)
  // already has the turn; queueing again would wait for itself.
  const holdingTurn = new AsyncLocalStorage<true>()
  for (const method of WRITE_METHODS) {
    const methods = adapter as unknown as Record<string, (args: AnyArgs) => Promise<unknown>>
    const original = methods[method]
    if (typeof original !== 'function') continue
    const bound = original.bind(adapter)
    methods[method] = async (args: AnyArgs) => {
      const pending = args?.req?.transactionID
      const id = pending instanceof Promise ? await pending : pending
      if (id !== undefined && id !== null && adapter.sessions[String(id)]) return bound(args)
      if (holdingTurn.getStore()) return bound(args)
      const release = await queue.acquire()
      try {
        await setBusyTimeout()
        return await holdingTurn.run(true, () => bound(args))
      } finally {
        release()
      }
    }
  }

  const destroy = adapter.destroy?.bind(adapter)
  adapter.destroy = async () => {
    const open = writer
    writer = null
    if (open) (await open.catch(() => null))?.client.close()
    await destroy?.()
  }
}

export function serialiseSqliteWrites(adapterObj: DatabaseAdapterObj, timeouts: Timeouts): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      patch(adapter as unknown as SqliteAdapter, timeouts)
      return adapter
    },
  }
}
