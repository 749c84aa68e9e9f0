// `npm run bench:registrations`: 500 registrations for one session (25 places) sent at the same
// moment over real HTTP, through Payload's own REST dispatcher (handleEndpoints, what the Next API
// route calls) on a node:http server. Not a test: it prints figures. Target: under 5 s, exactly
// 25 confirmed, a full waitlist, and the rest refused with 409. BENCH_DATABASE_URI=postgres://… runs it on a scratch PostgreSQL database instead
// of a scratch SQLite file; BENCH_REQUESTS and BENCH_CAPACITY change the sizes.
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.SEED_ON_START = 'false'
process.env.DATABASE_PUSH = 'true'
process.env.SEARCH_BACKGROUND = 'off'
// 500 registrations from one address in a second: far beyond the per-address limit for people.
process.env.RATE_LIMIT_REGISTRATIONS ??= '999999/60'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500)
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 25)
const TARGET_MS = 5000

const { getPayload } = await import('payload')
const { portalConfig } = await import('../../payload.config')
const { startHttp } = await import('../../tests/helpers/portal')
const { createPostgresDatabase } = await import('../../tests/helpers/databases')
const { createSession, registrant } = await import('../../tests/helpers/registrationFixtures')
const { waitlistLimit } = await import('../../src/registrations/places')

async function scratchDatabase(): Promise<{ uri: string; label: string; drop: () => Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URI
  if (given && /^postgres(ql)?:\/\//.test(given)) {
    const name = `bench_registrations_${crypto.randomBytes(4).toString('hex')}`
    return { ...(await createPostgresDatabase(given, name)), label: 'PostgreSQL' }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registrations-bench-'))
  return { uri: `file:${path.join(dir, 'bench.db')}`, label: 'SQLite', drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0

const database = await scratchDatabase()
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'registrations-bench-outbox-'))
const payload = await getPayload({
  config: portalConfig({ databaseUri: database.uri, seedOnEmpty: false, mail: { kind: 'outbox', dir: outbox, from: { name: 'Bench', address: 'bench@example.org' } } }),
  key: database.uri,
})
const http = await startHttp({ payload, key: database.uri })
let failed = false

try {
  const post = async (body: unknown) => {
    const started = performance.now()
    const response = await fetch(`${http.url}/api/registrations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const json = (await response.json().catch(() => ({}))) as { status?: string }
    return { status: response.status, outcome: json.status, ms: performance.now() - started }
  }

  // Warm up code paths on a session of its own.
  const { session: warmup } = await createSession(payload, { capacity: 5 })
  await Promise.all(Array.from({ length: 20 }, (_, i) => post(registrant(warmup.id, 90_000 + i))))

  const { session } = await createSession(payload, { capacity: CAPACITY })
  const cpuBefore = process.cpuUsage()
  // The requests come from another process, as they would from browsers.
  const { elapsed, results } = await new Promise<{ elapsed: number; results: { status: number; outcome: string | null; ms: number }[] }>((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(import.meta.dirname, 'client.mjs'), `${http.url}/api/registrations`, String(session.id), String(REQUESTS)],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    )
  })
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000

  const latencies = results.map((r) => r.ms).sort((a, b) => a - b)
  const confirmed = results.filter((r) => r.outcome === 'confirmed').length
  const waitlisted = results.filter((r) => r.outcome === 'waitlist').length
  const errors = results.filter((r) => r.status !== 201)
  const stored = await payload.find({ collection: 'registrations', where: { session: { equals: session.id } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { status: true } })
  const storedConfirmed = stored.docs.filter((d) => d.status === 'confirmed').length
  const storedWaitlist = stored.docs.filter((d) => d.status === 'waitlist').length
  const counter = await payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true, depth: 0 })

  console.log(`\nRegistrations benchmark (${database.label}, ${os.cpus().length} CPU, load ${os.loadavg()[0].toFixed(1)})`)
  console.log(`  requests          ${REQUESTS} at once, capacity ${CAPACITY}`)
  console.log(`  time              ${(elapsed / 1000).toFixed(2)} s  (${(REQUESTS / (elapsed / 1000)).toFixed(0)} registrations/s; target ≤ ${TARGET_MS / 1000} s)`)
  console.log(`  server CPU        ${(cpuMs / 1000).toFixed(2)} s, ${(cpuMs / REQUESTS).toFixed(1)} ms per registration (the measure that does not depend on other load)`)
  console.log(`  latency           p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`)
  console.log(`  answers           ${confirmed} confirmed, ${waitlisted} waitlisted, ${errors.length} errors${errors.length ? ` (${[...new Set(errors.map((e) => e.status))].join(', ')})` : ''}`)
  console.log(`  stored            ${storedConfirmed} confirmed, ${storedWaitlist} waitlisted, ${stored.docs.length} total; session counter ${counter.confirmedCount}`)
  // The waitlist is capped (src/registrations/places.ts): the rest get 409 "vol", and nothing else.
  const expectedWaitlist = Math.min(REQUESTS - CAPACITY, waitlistLimit(CAPACITY))
  const exact =
    confirmed === CAPACITY &&
    storedConfirmed === CAPACITY &&
    counter.confirmedCount === CAPACITY &&
    waitlisted === expectedWaitlist &&
    storedWaitlist === expectedWaitlist &&
    stored.docs.length === CAPACITY + expectedWaitlist &&
    errors.every((e) => e.status === 409) &&
    errors.length === REQUESTS - CAPACITY - expectedWaitlist
  console.log(`  capacity exact    ${exact ? 'yes' : 'NO'} (expected ${CAPACITY} confirmed, ${expectedWaitlist} waitlisted, the other ${REQUESTS - CAPACITY - expectedWaitlist} refused with 409)`)
  console.log(`  within target     ${elapsed <= TARGET_MS ? 'yes' : 'no'}\n`)
  // For `npm run bench`, which puts these figures in its table.
  fs.mkdirSync(path.resolve(import.meta.dirname, '../out'), { recursive: true })
  fs.writeFileSync(
    path.resolve(import.meta.dirname, '../out/registrations.json'),
    JSON.stringify({ database: database.label, requests: REQUESTS, capacity: CAPACITY, seconds: elapsed / 1000, cpuSeconds: cpuMs / 1000, confirmed, waitlisted, errors: errors.length, exact, at: new Date().toISOString() }, null, 2),
  )
  failed = !exact
} finally {
  await http.close()
  await payload.destroy().catch(() => undefined)
  await database.drop()
  fs.rmSync(outbox, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
