import { type ChildProcess, spawn } from 'node:child_process'
import { performance as perfHooks } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TEST_OUTBOX } from '../../helpers/bootPayload'
import { testDatabases } from '../../helpers/databases'
import { postJson } from '../../helpers/portal'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

/**
 * Another process (a backup tool, an `sqlite3` shell) holds the database's write lock. The portal
 * must keep answering, report through /api/health that it cannot write, let the writes that arrive
 * wait without blocking anything else, and finish them all as soon as the lock is gone.
 */

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

/**
 * A second OS process that takes BEGIN EXCLUSIVE on the file, says "locked", and holds the lock
 * until the test releases it (or 60 s pass): the test decides how long, so nothing here races a
 * timer of its own against a loaded machine.
 */
function holdLock(file: string): { process: ChildProcess; locked: Promise<number>; release: () => Promise<number> } {
  const script = `
    const Database = require('libsql')
    const db = new Database(process.argv[1])
    db.exec('BEGIN EXCLUSIVE')
    process.stdout.write('locked\\n')
    const release = () => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); process.exit(0) }
    process.stdin.on('data', release)
    setTimeout(release, 60000)
  `
  const child = spawn(process.execPath, ['-e', script, file], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] })
  let onLocked!: (at: number) => void
  let onReleased!: (at: number) => void
  const locked = new Promise<number>((resolve) => (onLocked = resolve))
  const released = new Promise<number>((resolve) => (onReleased = resolve))
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = chunk.toString()
    if (text.includes('locked')) onLocked(performance.now())
    if (text.includes('released')) onReleased(performance.now())
  })
  return {
    process: child,
    locked,
    release: () => {
      child.stdin!.end('release\n')
      return released
    },
  }
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/**
 * Watches the event loop from now on until stop(): the share of the time it was busy (not waiting
 * for timers or sockets; a call blocked inside SQLite counts as busy), and the longest pause.
 */
function watchEventLoop(): { stop: () => { busy: number; lagMs: number } } {
  const start = perfHooks.eventLoopUtilization()
  let lagMs = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    lagMs = Math.max(lagMs, now - last - 20)
    last = now
  }, 20)
  return {
    stop: () => {
      clearInterval(timer)
      return { busy: perfHooks.eventLoopUtilization(start).utilization, lagMs }
    },
  }
}

/** How long the lock is held at least: long against any pause the event loop may take. */
const MIN_LOCK_MS = 8000

describe('SQLite locked by another process', () => {
  const portal = usePortal(sqlite, { mail: TEST_OUTBOX })

  it('keeps answering while locked, reports it cannot write, then completes every write and loses nothing', async () => {
    const { session } = await createSession(portal.payload, { capacity: 100 })
    expect((await getJson(`${portal.http.url}/api/health`)).status).toBe(200)
    // One registration before the lock, so the route's first-time work is not counted below.
    expect((await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 0))).status).toBe(201)

    const lock = holdLock(portal.uri.replace(/^file:/, ''))
    const lockedAt = await lock.locked
    const loop = watchEventLoop()

    // Ten registrations arrive while another process holds the lock.
    const settled: number[] = []
    const posts: Promise<{ status: number; doneAt: number }>[] = []
    for (let i = 1; i <= 10; i++) {
      posts.push(
        postJson(`${portal.http.url}/api/registrations`, registrant(session.id, i)).then((r) => {
          settled.push(i)
          return { status: r.status, doneAt: performance.now() }
        }),
      )
      await sleep(50)
    }
    // Meanwhile the server answers other requests; once writes have waited a while, a proxy is
    // told this instance cannot write. Every one of these answers arrives while the lock is held.
    const health: { status: number; body: Record<string, unknown> }[] = []
    await expect
      .poll(
        async () => {
          health.push(await getJson(`${portal.http.url}/api/health`))
          return health.at(-1)!.status
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(503)
    expect(health.at(-1)!.body.message).toBe('De database kan nu niet schrijven.')
    // Hold the lock a while longer (the health answer is cached for a second): it stays 503.
    await sleep(Math.max(0, lockedAt + MIN_LOCK_MS - performance.now()))
    const stillLocked = await getJson(`${portal.http.url}/api/health`)
    expect(stillLocked.status).toBe(503)
    // The writes wait for the lock: none was answered (refused or failed) while it was held.
    expect(settled).toEqual([])

    const releasedAt = await lock.release()
    const results = await Promise.all(posts)
    const heldMs = releasedAt - lockedAt
    const { busy, lagMs } = loop.stop()
    const lastDone = Math.max(...results.map((r) => r.doneAt))
    console.log(
      `[sqlite-lock] lock held ${heldMs.toFixed(0)} ms; event loop busy ${(busy * 100).toFixed(0)} %, longest pause ${lagMs.toFixed(0)} ms; ` +
        `last write done ${(lastDone - releasedAt).toFixed(0)} ms after the release; health ${health.map((h) => h.status).join(' ')}`,
    )
    // Nothing waited on the event loop while the lock was held: a busy timeout inside SQLite
    // (SQLite's usual 5 s) would stop it for seconds at a time. Compared with the lock's own
    // length, not with a number of milliseconds a loaded machine may or may not meet.
    expect(lagMs, `event loop stopped for ${lagMs.toFixed(0)} ms of a ${heldMs.toFixed(0)} ms lock`).toBeLessThan(heldMs / 2)

    // Every registration made during the lock went through after the release, sooner than the
    // lock lasted (writes retry at least every tenth of a second: tests/unit/db/serialiseSqliteWrites.spec.ts).
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201))
    for (const result of results) expect(result.doneAt).toBeGreaterThanOrEqual(releasedAt)
    expect(lastDone - releasedAt).toBeLessThan(heldMs)
    expect((await statusCounts(portal.payload, session.id)).confirmed).toBe(11)

    // And the connection is sound afterwards: no busy or snapshot errors, health is back.
    const after = await Promise.all([11, 12, 13].map((i) => postJson(`${portal.http.url}/api/registrations`, registrant(session.id, i))))
    expect(after.map((r) => r.status)).toEqual([201, 201, 201])
    await expect.poll(async () => (await getJson(`${portal.http.url}/api/health`)).status, { timeout: 10_000, interval: 250 }).toBe(200)
  }, 90_000)
})

describe('SQLite locked for longer than a write waits', () => {
  // Registered before the portal's hooks, so the portal boots with the shorter wait.
  beforeAll(() => {
    process.env.SQLITE_LOCK_WAIT_MS = '1500'
  })
  afterAll(() => {
    delete process.env.SQLITE_LOCK_WAIT_MS
  })
  const portal = usePortal(sqlite, { mail: TEST_OUTBOX })

  it('answers 503 with Retry-After and a Dutch message, stores nothing, and works again after the release', async () => {
    const { session } = await createSession(portal.payload, { capacity: 10 })
    const lock = holdLock(portal.uri.replace(/^file:/, ''))
    await lock.locked
    const refused = await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 1))
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('30')
    expect(String(refused.json?.message)).toMatch(/probeer het/i)
    await lock.release()
    expect((await statusCounts(portal.payload, session.id)).total).toBe(0)
    const accepted = await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, 1))
    expect(accepted.status).toBe(201)
    expect((await statusCounts(portal.payload, session.id)).total).toBe(1)
  }, 30_000)
})
