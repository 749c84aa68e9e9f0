import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import { type Client, createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { APIError, type DatabaseAdapter, type DatabaseAdapterObj, type PayloadRequest } from 'payload'

/**
 * SQLite allows one writer at a time, and libsql talks to it synchronously: a statement that waits
 * for a lock (SQLite's busy_timeout) blocks the whole event loop, so every other request of the
 * process, /api/health included, stops with it.
 *
 * So:
 * - The writers of this process take turns in a queue, and each write runs on one long-lived
 *   writer connection inside BEGIN IMMEDIATE … COMMIT. A write outside a transaction gets a short
 *   transaction of its own.
 * - No connection ever waits inside SQLite (busy_timeout 0). A lock held by another process (a
 *   backup, an `sqlite3` shell) is waited for here, in JavaScript, with timers in between, so the
 *   event loop stays free; only after `lockWaitMs` does the write fail, with a 503 that says so.
 * - Payload sometimes writes outside the transaction of the same request on purpose
 *   (forgot-password reserves the account with `transactionID` cleared). Queued behind the request's
 *   own open transaction, such a write would wait for itself. A write outside a transaction made
 *   while its own flow (the async call chain) holds an open transaction joins that transaction.
 * - A connection that reported a busy or snapshot error is replaced before the next write, so a
 *   stale state can never outlive the lock that caused it.
 *
 * Reads outside transactions keep the adapter's own connection and, in WAL mode, never wait for a
 * writer; a rare busy answer is retried the same way.
 */

type Release = () => void

/** A first-come, first-served lock that gives up after a while instead of hanging forever. */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve()
  private waiting = 0

  constructor(private readonly timeoutMs: number) {}

  /** Writers holding or waiting for the turn. */
  get length(): number {
    return this.waiting
  }

  acquire(): Promise<Release> {
    let release!: Release
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = this.tail
    this.tail = previous.then(() => turn)
    this.waiting += 1
    const done = () => {
      this.waiting -= 1
      release()
    }
    return new Promise<Release>((resolve, reject) => {
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        // Pass our turn on when it comes; the caller has gone.
        void previous.then(done)
        reject(databaseBusy('timed out waiting for the write queue'))
      }, this.timeoutMs)
      void previous.then(() => {
        clearTimeout(timer)
        if (timedOut) return
        let released = false
        resolve(() => {
          if (released) return
          released = true
          done()
        })
      })
    })
  }
}

/** Seconds a client is told to wait before trying again when the database stays locked. */
export const BUSY_RETRY_AFTER_SECONDS = 30

/**
 * A 503 with a Dutch message that Payload's REST layer passes on as it is (status, public): the
 * database is locked by someone else, nothing was written, trying again later will work.
 */
export function databaseBusy(detail: string): APIError {
  const error = new APIError(
    'De database is even bezet. Er is niets opgeslagen; probeer het over een halve minuut opnieuw.',
    503,
    { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
    true,
  )
  Object.assign(error, { code: 'SQLITE_BUSY', detail })
  return error
}

/** SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, …, and SQLITE_LOCKED. */
export function isBusyError(error: unknown): boolean {
  const { code, rawCode, message } = (error ?? {}) as { code?: unknown; rawCode?: unknown; message?: unknown }
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true
  // Primary result codes 5 (BUSY) and 6 (LOCKED) in the low byte of an extended code.
  if (typeof rawCode === 'number' && [5, 6].includes(rawCode & 0xff)) return true
  return typeof message === 'string' && /database is locked|SQLITE_BUSY/i.test(message)
}

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SqliteAdapter = Omit<DatabaseAdapter, 'sessions'> & {
  client: Client
  clientConfig: { url: string }
  schema: Record<string, unknown>
  /** Handed to drizzle as the adapter does (db-sqlite types it `DrizzleConfig['logger']`). */
  logger?: NonNullable<Parameters<typeof drizzle>[1]>['logger']
  busyTimeout?: number
  wal?: false | { synchronous?: string }
  sessions: Record<string, Session | undefined>
  [WRITE_PROBE]?: SqliteWriteProbe
}
type WriteArgs = { req?: Partial<PayloadRequest> } | undefined

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

export type SqliteWriteTimeouts = {
  /** How long a write waits for a lock held by another process before it answers 503. */
  lockWaitMs: number
  /** How long a writer of this process waits for its turn (a burst of registrations queues here). */
  queueTimeoutMs: number
}

/** What /api/health asks of the SQLite adapter. */
export type SqliteWriteProbe = () => Promise<{ writable: boolean; reason?: string }>

/** Payload's adapter object with the probe this module adds; absent on other databases. */
export const WRITE_PROBE: unique symbol = Symbol.for('kennisportaal.sqliteWriteProbe')

/** The transaction a flow (one request's chain of calls) has open, if any. */
type Flow = { id?: string; parent?: Flow }

/** Waits between two attempts at a lock: short at first, then a steady tenth of a second. */
export const backoff = (attempt: number) => Math.min(100, 5 * 2 ** attempt)

/** A view of `req` with its own `transactionID`, as Payload's isolateObjectProperty makes one. */
function withTransaction(req: Partial<PayloadRequest> | undefined, id: string): Partial<PayloadRequest> {
  if (!req) return { transactionID: id }
  return new Proxy(req, {
    get: (target, key) => (key === 'transactionID' ? id : Reflect.get(target, key, target)),
  })
}

function patch(adapter: SqliteAdapter, { lockWaitMs, queueTimeoutMs }: SqliteWriteTimeouts): void {
  const queue = new WriteQueue(queueTimeoutMs)
  const inMemory = /:memory:|mode=memory/.test(adapter.clientConfig.url)
  const flows = new AsyncLocalStorage<Flow>()
  let writer: Promise<{ client: Client; db: unknown }> | null = null
  /** Since when the writer has been waiting for another process's lock (null: not waiting). */
  let blockedSince: number | null = null

  const openWriter = async () => {
    const client = createClient(adapter.clientConfig)
    await client.execute('PRAGMA busy_timeout = 0')
    // Durability per connection: the same as the adapter's own connection.
    if (adapter.wal) await client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous ?? 'FULL'}`)
    return { client, db: drizzle(client, { schema: adapter.schema, logger: adapter.logger }) }
  }

  /** Closes the writer after an error it may not have recovered from; the next write opens anew. */
  const discardWriter = async () => {
    const open = writer
    writer = null
    if (open) (await open.catch(() => null))?.client.close()
  }

  /** BEGIN IMMEDIATE on the writer, waiting for another process's lock without blocking. */
  const beginImmediate = async (): Promise<{ client: Client; db: unknown }> => {
    const deadline = Date.now() + lockWaitMs
    for (let attempt = 0; ; attempt++) {
      writer ??= openWriter()
      const connection = await writer
      try {
        await connection.client.execute('BEGIN IMMEDIATE')
        blockedSince = null
        return connection
      } catch (error) {
        if (!isBusyError(error)) throw error
        blockedSince ??= Date.now()
        // libsql's connection is not to be trusted after a busy answer: start the next try afresh.
        await discardWriter()
        if (Date.now() >= deadline) {
          blockedSince = null
          throw databaseBusy(`another process held the write lock for ${lockWaitMs} ms`)
        }
        await sleep(backoff(attempt))
      }
    }
  }

  /** Takes the turn and opens a transaction on the writer; the session ends with commit or rollback. */
  const open = async (flow?: Flow): Promise<string> => {
    const release = await queue.acquire()
    try {
      const { client, db } = await beginImmediate()
      const id = crypto.randomUUID()
      const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
        if (flow?.id === id) flow.id = undefined
        try {
          await client.execute(statement)
        } catch (error) {
          // A failed COMMIT leaves the transaction open: end it and start the next on a fresh connection.
          await client.execute('ROLLBACK').catch(() => undefined)
          await discardWriter()
          if (statement === 'COMMIT') throw isBusyError(error) ? databaseBusy('commit failed') : error
        } finally {
          release()
        }
      }
      adapter.sessions[id] = { db, resolve: () => end('COMMIT'), reject: () => end('ROLLBACK') }
      if (flow) flow.id = id
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  const originalBegin = adapter.beginTransaction.bind(adapter)
  // Not async on purpose: the flow is entered synchronously, in the caller's own async context, so
  // the rest of the caller's chain (Payload's operation) knows which transaction it has open.
  adapter.beginTransaction = (options) => {
    // A second connection to an in-memory database would be another database.
    if (inMemory) return originalBegin(options)
    const flow: Flow = { parent: innermostOpenFlow() }
    flows.enterWith(flow)
    return open(flow)
  }

  /**
   * The innermost flow of this call chain whose transaction is still open. Closed ones are skipped,
   * so a context that opens many transactions one after another keeps no chain of them.
   */
  function innermostOpenFlow(): Flow | undefined {
    for (let flow = flows.getStore(); flow; flow = flow.parent) {
      if (flow.id && adapter.sessions[flow.id]) return flow
    }
    return undefined
  }
  const openTransactionOfFlow = (): string | undefined => innermostOpenFlow()?.id

  for (const method of WRITE_METHODS) {
    // Each write method is replaced by name; DatabaseAdapter's types have no index to do that by.
    const methods = adapter as unknown as Record<string, (args: WriteArgs) => Promise<unknown>>
    const original = methods[method]
    if (typeof original !== 'function') continue
    const bound = original.bind(adapter)
    methods[method] = async (args: WriteArgs) => {
      if (inMemory) return bound(args)
      const pending = args?.req?.transactionID
      const given = pending instanceof Promise ? await pending : pending
      if (given !== undefined && given !== null && adapter.sessions[String(given)]) return bound(args)
      // Payload writes outside the transaction its own request holds open (see above): join it.
      const own = openTransactionOfFlow()
      if (own) return bound({ ...args, req: withTransaction(args?.req, own) })
      // A write of its own: a short transaction, so it takes its turn and waits for other processes
      // like every other write. Writes the adapter makes from inside it (upsert) join it.
      const flow: Flow = { parent: innermostOpenFlow() }
      return flows.run(flow, async () => {
        const id = await open(flow)
        try {
          const result = await bound({ ...args, req: withTransaction(args?.req, id) })
          await adapter.sessions[id]?.resolve()
          return result
        } catch (error) {
          await adapter.sessions[id]?.reject()
          throw error
        } finally {
          delete adapter.sessions[id]
        }
      })
    }
  }

  // Reads on the adapter's own connection: never wait inside SQLite, retry a busy answer with timers.
  const originalConnect = adapter.connect?.bind(adapter)
  if (originalConnect) {
    adapter.connect = async (options) => {
      adapter.busyTimeout = 0
      await originalConnect(options)
      await adapter.client.execute('PRAGMA busy_timeout = 0')
      // Both methods are wrapped alike; libsql's overloads for them cannot be replaced by one function.
      const client = adapter.client as unknown as Record<'execute' | 'batch', (...args: unknown[]) => Promise<unknown>>
      for (const name of ['execute', 'batch'] as const) {
        const call = client[name].bind(client)
        client[name] = async (...args: unknown[]) => {
          const deadline = Date.now() + lockWaitMs
          for (let attempt = 0; ; attempt++) {
            try {
              return await call(...args)
            } catch (error) {
              if (!isBusyError(error)) throw error
              if (Date.now() >= deadline) throw databaseBusy('a read stayed busy')
              await sleep(backoff(attempt))
            }
          }
        }
      }
    }
  }

  /**
   * Can this instance write right now? Waiting writers that have been blocked by another process
   * for more than a second say no at once; otherwise, when nobody is writing, a BEGIN IMMEDIATE …
   * ROLLBACK on the writer tries for a quarter of a second. Used by /api/health, cached there.
   */
  const probe: SqliteWriteProbe = async () => {
    if (inMemory) return { writable: true }
    if (blockedSince !== null && Date.now() - blockedSince > 1000) {
      return { writable: false, reason: 'another process holds the write lock' }
    }
    // Our own writers are moving: that is proof enough, and the probe must not queue behind them.
    if (queue.length > 0) return { writable: true }
    const release = await queue.acquire()
    try {
      const deadline = Date.now() + 250
      for (let attempt = 0; ; attempt++) {
        writer ??= openWriter()
        const { client } = await writer
        try {
          await client.execute('BEGIN IMMEDIATE')
          await client.execute('ROLLBACK')
          return { writable: true }
        } catch (error) {
          if (!isBusyError(error)) return { writable: false, reason: (error as Error).message }
          await discardWriter()
          if (Date.now() >= deadline) return { writable: false, reason: 'another process holds the write lock' }
          await sleep(backoff(attempt))
        }
      }
    } finally {
      release()
    }
  }
  adapter[WRITE_PROBE] = probe

  const destroy = adapter.destroy?.bind(adapter)
  adapter.destroy = async () => {
    await discardWriter()
    await destroy?.()
  }
}

export function serialiseSqliteWrites(adapterObj: DatabaseAdapterObj, timeouts: SqliteWriteTimeouts): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      // This wraps db-sqlite's adapter only: its internals (client, sessions, wal) are not in DatabaseAdapter.
      patch(adapter as unknown as SqliteAdapter, timeouts)
      return adapter
    },
  }
}

/** The write probe of a SQLite adapter made by serialiseSqliteWrites; undefined for other adapters. */
export function sqliteWriteProbe(db: unknown): SqliteWriteProbe | undefined {
  return (db as Record<symbol, SqliteWriteProbe | undefined> | null)?.[WRITE_PROBE]
}
