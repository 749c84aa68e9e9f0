import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { Redis } from 'ioredis'
import pg from 'pg'
import S3rver from 's3rver'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PROJECT_ROOT } from '../../src/cli/build.mjs'
import { waitForHealth } from '../../src/cli/waitForHealth.mjs'
import { createPostgresDatabase } from '../helpers/databases'
import { freePort, logTail } from '../helpers/localServers'
import { postLogin } from './helpers/api'

/**
 * The production topology on one machine (deploy/README.md, "Several instances"): two `next start`
 * instances of the build the e2e globalSetup made, one `npm run worker`, one fresh PostgreSQL
 * database, Redis (unique key prefix per run), an S3-compatible store (s3rver on loopback), a
 * loopback SMTP server, and Debian's nginx with deploy/nginx/portal.conf in front.
 */
const NGINX = '/usr/sbin/nginx'
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const POSTGRES_URL = process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

async function missingPiece(): Promise<string | null> {
  if (!fs.existsSync(NGINX)) return `geen nginx op ${NGINX} (apt-get install -y nginx-light)`
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false })
  try {
    await redis.connect()
    await redis.ping()
  } catch (error) {
    return `Redis op ${REDIS_URL} antwoordt niet (${(error as Error).message})`
  } finally {
    redis.disconnect()
  }
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
  } catch (error) {
    return `PostgreSQL op ${POSTGRES_URL} antwoordt niet (${(error as Error).message})`
  } finally {
    await client.end().catch(() => undefined)
  }
  return null
}

const skipReason = await missingPiece()
if (skipReason && process.env.CI === 'true') throw new Error(`[instances] the two-instance test cannot run in CI: ${skipReason}`)
if (skipReason) console.warn(`[instances] overgeslagen: ${skipReason}`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The runner's own variables would change how Payload and Next behave in the servers. */
function cleanEnvironment(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') continue
    if (/^(DATABASE_|SMTP_|MAIL_|GRAPHQL_|PAYLOAD_SECRET$|PUBLIC_URL$|PORT$|SEED_|REDIS_|S3_|RATE_LIMIT_|JOBS_)/.test(key)) continue
    env[key] = value
  }
  return env
}

type Proc = { name: string; child: ChildProcess; log: string }

function startProcess(name: string, command: string, args: string[], env: Record<string, string> & { NODE_ENV: 'production' }, dir: string): Proc {
  const log = path.join(dir, `${name}.log`)
  const output = fs.openSync(log, 'a')
  const child = spawn(command, args, { cwd: PROJECT_ROOT, detached: true, stdio: ['ignore', output, output], env })
  fs.closeSync(output)
  return { name, child, log }
}

const running = (proc: Proc) => proc.child.exitCode === null && proc.child.signalCode === null

function stopProcess(proc: Proc | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (!proc || !running(proc) || !proc.child.pid) return resolve()
    const pid = proc.child.pid
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // gone already
      }
    }, 10_000)
    proc.child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      // The whole process group: `next start` and `payload run` run their work in child processes.
      process.kill(-pid, signal)
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/** A minimal PNG (1×1, transparent): the media collection checks files by their content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const PASSWORD = 'instances-e2e-wachtwoord-lang-genoeg'
const DAY = 24 * 60 * 60 * 1000

describe.skipIf(skipReason !== null)('two app instances, one worker, behind nginx', () => {
  const run = crypto.randomBytes(4).toString('hex')
  const database = `portal_instances_${run}`
  const prefix = `portal-e2e-${run}`
  const bucket = 'portal-media'
  let dir: string
  let a: Proc
  let b: Proc
  let worker: Proc
  let nginx: Proc
  let urlA: string
  let urlB: string
  let front: string
  let s3: S3rver
  let dropDatabase: (() => Promise<void>) | undefined
  let s3Dir: string
  let smtp: SMTPServer
  const mails: { to: string; subject: string }[] = []
  let cookie = ''
  let token = ''

  const admin = (url: string, pathname: string, init: RequestInit = {}) =>
    fetch(`${url}${pathname}`, {
      ...init,
      headers: { Authorization: `JWT ${token}`, ...(init.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    })

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-instances-'))

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? ''
          for (const rcpt of session.envelope.rcptTo) mails.push({ to: rcpt.address, subject })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
    const smtpPort = (smtp.server.address() as net.AddressInfo).port

    s3Dir = path.join(dir, 's3')
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: bucket, configs: [] }] })
    const { port: s3Port } = await s3.run()

    const scratch = await createPostgresDatabase(POSTGRES_URL, database)
    dropDatabase = scratch.drop

    const [portA, portB, portFront] = await Promise.all([freePort(), freePort(), freePort()])
    urlA = `http://127.0.0.1:${portA}`
    urlB = `http://127.0.0.1:${portB}`
    front = `http://127.0.0.1:${portFront}`
    const env = {
      ...cleanEnvironment(),
      NODE_ENV: 'production' as const,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URI: scratch.uri,
      PAYLOAD_SECRET: `instances-e2e-${run}-not-for-production`,
      INSTANCES: '2',
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'Kennisportaal <scholing@example.org>',
      MAIL_RETRY_DELAY_MS: '1000',
      JOBS_AUTORUN: 'false',
      SEED_ON_START: 'false',
      PUBLIC_URL: front,
      RATE_LIMIT_REGISTRATIONS: '999999/60',
      // Small, to show that the count is shared: six searches over both instances, the sixth refused.
      RATE_LIMIT_SEARCH: '5/60',
      SEARCH_REFRESH_SECONDS: '2',
    }
    const next = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next')
    // The first instance migrates the fresh database; the second and the worker start after it.
    a = startProcess('instance-a', next, ['start', '--port', String(portA)], { ...env, PORT: String(portA) }, dir)
    const healthy = async (proc: Proc, url: string) => {
      try {
        await waitForHealth(url, { timeoutMs: 180_000, stillRunning: () => running(proc) })
      } catch (error) {
        throw new Error(`${proc.name}: ${(error as Error).message}\n--- ${proc.log} ---\n${logTail(proc.log, 30)}`)
      }
    }
    await healthy(a, urlA)
    b = startProcess('instance-b', next, ['start', '--port', String(portB)], { ...env, PORT: String(portB) }, dir)
    worker = startProcess('worker', 'npm', ['run', '--silent', 'worker'], env, dir)
    await healthy(b, urlB)
    const workerDeadline = Date.now() + 180_000
    while (!fs.readFileSync(worker.log, 'utf8').includes('the job queues run in this process')) {
      if (!running(worker) || Date.now() > workerDeadline) throw new Error(`the worker did not start\n--- ${worker.log} ---\n${logTail(worker.log, 30)}`)
      await sleep(500)
    }

    const conf = fs
      .readFileSync(path.join(PROJECT_ROOT, 'deploy', 'nginx', 'portal.conf'), 'utf8')
      .replace(/127\.0\.0\.1:3000/g, `127.0.0.1:${portA}`)
      .replace(/127\.0\.0\.1:3001/g, `127.0.0.1:${portB}`)
      .replace(/^(\s*)listen\s+[^;]*;/m, `$1listen 127.0.0.1:${portFront};`)
      .replace(/proxy_cache_path\s+\S+/g, `proxy_cache_path ${path.join(dir, 'nginx-cache')}`)
    const temp = path.join(dir, 'nginx-temp')
    fs.mkdirSync(temp, { recursive: true })
    const nginxConf = path.join(dir, 'nginx.conf')
    fs.writeFileSync(
      nginxConf,
      `worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/nginx-error.log warn;\ndaemon off;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  client_body_temp_path ${temp}/body;\n  proxy_temp_path ${temp}/proxy;\n  fastcgi_temp_path ${temp}/fastcgi;\n  uwsgi_temp_path ${temp}/uwsgi;\n  scgi_temp_path ${temp}/scgi;\n${conf}\n}\n`,
    )
    nginx = startProcess('nginx', NGINX, ['-c', nginxConf, '-p', dir], { NODE_ENV: 'production' }, dir)
    await healthy(nginx, front)

    // The first account of a fresh portal, made through instance A.
    const first = await fetch(`${urlA}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@example.org', password: PASSWORD, name: 'Beheer', role: 'admin' }),
    })
    expect(first.status, await first.clone().text()).toBeLessThan(300)
  }, 300_000)

  afterAll(async () => {
    await Promise.all([stopProcess(nginx), stopProcess(a), stopProcess(b), stopProcess(worker)])
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
    await s3?.close().catch(() => undefined)
    await dropDatabase?.()
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}:*`)
    if (keys.length > 0) await redis.del(...keys)
    redis.disconnect()
    if (process.env.KEEP_E2E_DIR === 'true') console.log(`[instances] kept ${dir}`)
    else if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  it('keeps an admin session that was opened on A when the next request reaches B', async () => {
    const login = await postLogin(urlA, 'beheer@example.org', PASSWORD)
    expect(login.status).toBe(200)
    token = ((await login.json()) as { token: string }).token
    // The session cookie exactly as A set it (its name carries the portal's cookie prefix).
    cookie = login.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ')
    expect(cookie).toContain(token)
    // As the browser behind nginx sends it: the portal's public origin (the CSRF allowlist).
    for (const url of [urlB, urlA, urlB]) {
      const me = await fetch(`${url}/api/users/me`, { headers: { Cookie: cookie, Origin: front } })
      expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe('beheer@example.org')
    }
  })

  it('shows a publish through A on B at the next request, although B had the page cached', async () => {
    const title = `Meervoudige casusregie ${run}`
    for (const url of [urlA, urlB]) {
      await fetch(`${url}/begrippen`)
      expect((await fetch(`${url}/begrippen`)).headers.get('x-nextjs-cache'), url).toBe('HIT')
    }
    const created = await admin(urlA, '/api/glossary-terms', {
      method: 'POST',
      body: JSON.stringify({ title, definition: 'Regie door meer dan één partij tegelijk.', _status: 'published' }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const page = await (await fetch(`${urlB}/begrippen`)).text()
    expect(page).toContain(title)
  })

  it('serves an upload made through A from B, out of the bucket and through access control', async () => {
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), `punt-${run}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Een enkel punt' }))
    const uploaded = await admin(urlA, '/api/media', { method: 'POST', body: form })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { url: string; filename: string } }
    expect(doc.url).toMatch(/^(https?:\/\/[^/]+)?\/api\/media\/file\//)
    const file = new URL(doc.url, urlB).pathname
    const [fromA, fromB] = await Promise.all([fetch(`${urlA}${file}`), fetch(`${urlB}${file}`)])
    expect([fromA.status, fromB.status]).toEqual([200, 200])
    expect(fromB.headers.get('content-type')).toBe('image/png')
    // The image as stored (re-encoded without metadata), the same through either instance.
    expect(Buffer.from(await fromB.arrayBuffer()).equals(Buffer.from(await fromA.arrayBuffer()))).toBe(true)
    // In the bucket, not on either instance's disk.
    const stored = fs.readdirSync(s3Dir, { recursive: true }).map(String)
    expect(stored.some((file) => file.includes(doc.filename))).toBe(true)
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'data', 'media', doc.filename))).toBe(false)
  })

  it('runs the admin Server Action on either instance; the worker publishes on schedule and both show it', async () => {
    // The admin's one Server Action (app/(payload)/layout.tsx), by the id in the build's manifest.
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
      node: Record<string, { filename?: string }>
    }
    const actionIds = Object.entries(manifest.node)
      .filter(([, entry]) => entry.filename === 'app/(payload)/layout.tsx')
      .map(([id]) => id)
    expect(actionIds).toHaveLength(1)
    const title = `Gezinsgerichte aanpak ${run}`
    const draft = await admin(urlB, '/api/glossary-terms?draft=true', {
      method: 'POST',
      body: JSON.stringify({ title, definition: 'Werken met het hele gezin.', _status: 'draft' }),
    })
    expect(draft.status, await draft.clone().text()).toBe(201)
    const { doc } = (await draft.json()) as { doc: { id: number } }
    for (const url of [urlA, urlB]) await fetch(`${url}/begrippen`)

    const action = async (url: string, name: string, args: Record<string, unknown>) => {
      for (const id of actionIds) {
        const response = await fetch(`${url}/admin`, {
          method: 'POST',
          headers: {
            Cookie: cookie,
            'Next-Action': id,
            Accept: 'text/x-component',
            'Content-Type': 'text/plain;charset=UTF-8',
            // What nginx passes on from the browser: the public origin and host.
            Origin: front,
            'X-Forwarded-Host': new URL(front).host,
          },
          body: JSON.stringify([{ name, args }]),
        })
        const text = await response.text()
        if (response.status !== 404) return { status: response.status, text }
      }
      return { status: 404, text: 'no action found' }
    }
    // Scheduled through A, read back through B, as consecutive admin requests behind the proxy.
    const scheduled = await action(urlA, 'schedule-publish', {
      type: 'publish',
      // React's encoding of a Date argument (the admin's date picker sends a Date).
      date: `$D${new Date(Date.now() + 15_000).toISOString()}`,
      doc: { relationTo: 'glossary-terms', value: String(doc.id) },
    })
    expect(scheduled.status, scheduled.text).toBe(200)
    expect(scheduled.text).not.toMatch(/"error"/)
    const upcoming = await action(urlB, 'get-upcoming-scheduled-publish', { collectionSlug: 'glossary-terms', id: doc.id })
    expect(upcoming.status, upcoming.text).toBe(200)
    expect(upcoming.text).toContain('waitUntil')
    // And through nginx itself, twice in a row (one request per instance, round robin).
    for (let i = 0; i < 2; i++) {
      const proxied = await action(front, 'get-upcoming-scheduled-publish', { collectionSlug: 'glossary-terms', id: doc.id })
      expect(proxied.status, proxied.text).toBe(200)
      expect(proxied.text).toContain('waitUntil')
    }

    // The worker (default queue every 15 s) publishes it outside any request; the shared cache is
    // told directly, so both instances show it on their next request.
    const deadline = Date.now() + 75_000
    let shown = { a: false, b: false }
    while (Date.now() < deadline && !(shown.a && shown.b)) {
      await sleep(1000)
      shown = {
        a: (await (await fetch(`${urlA}/begrippen`)).text()).includes(title),
        b: (await (await fetch(`${urlB}/begrippen`)).text()).includes(title),
      }
    }
    expect(shown).toEqual({ a: true, b: true })
  }, 110_000)

  it('counts the search rate limit over both instances', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${i % 2 ? urlB : urlA}/api/search?q=regie${i}`)).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })

  /** A training with one open session, made through A. */
  async function session(capacity: number): Promise<number> {
    const training = await admin(urlA, '/api/trainings', {
      method: 'POST',
      body: JSON.stringify({ title: `Training ${run} ${capacity}`, format: 'klassikaal', skjPoints: 2, _status: 'published' }),
    })
    expect(training.status, await training.clone().text()).toBe(201)
    const trainingId = ((await training.json()) as { doc: { id: number } }).doc.id
    const startsAt = new Date(Date.now() + 10 * DAY)
    const created = await admin(urlA, '/api/training-sessions', {
      method: 'POST',
      body: JSON.stringify({
        training: trainingId,
        label: `Sessie ${capacity}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
        mode: 'locatie',
        location: 'Arnhem, zaal 2',
        capacity,
        registrationOpensAt: new Date(Date.now() - DAY).toISOString(),
        registrationClosesAt: new Date(Date.now() + 5 * DAY).toISOString(),
        status: 'scheduled',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    return ((await created.json()) as { doc: { id: number } }).doc.id
  }

  const registrant = (sessionId: number, email: string) => ({
    session: sessionId,
    name: 'Deelnemer',
    email,
    organisation: 'Voorbeeldorganisatie',
    function: 'Jeugdbeschermer',
    consent: true,
  })

  /** Registers through nginx; a request nginx could not deliver (502, reset) is tried again, as a person would. */
  async function register(sessionId: number, email: string): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`${front}/api/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(registrant(sessionId, email)),
        })
        await response.arrayBuffer()
        if (response.status < 500 || attempt >= 4) return response.status
      } catch (error) {
        if (attempt >= 4) throw error
      }
      await sleep(200)
    }
  }

  /** What is stored for a session, read page by page (the API answers at most 100 at a time). */
  async function counts(sessionId: number) {
    const docs: { email: string; status: string }[] = []
    for (let page = 1; ; page++) {
      const response = await admin(front, `/api/registrations?where[session][equals]=${sessionId}&limit=100&page=${page}&depth=0`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { docs: { email: string; status: string }[]; hasNextPage: boolean }
      docs.push(...body.docs)
      if (!body.hasNextPage) break
    }
    return {
      total: docs.length,
      emails: new Set(docs.map((d) => d.email)).size,
      confirmed: docs.filter((d) => d.status === 'confirmed').length,
      waitlist: docs.filter((d) => d.status === 'waitlist').length,
    }
  }

  async function inParallel<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>) {
    let next = 0
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < items.length) {
          const index = next++
          await work(items[index], index)
        }
      }),
    )
  }

  it('sends a queued mail exactly once with both instances and the worker running', async () => {
    const sessionId = await session(5)
    const address = `eenmalig-${run}@example.org`
    expect(await register(sessionId, address)).toBe(201)
    await expect.poll(() => mails.filter((m) => m.to === address).length, { timeout: 30_000, interval: 500 }).toBe(1)
    // Two more turns of the mail queue (every 10 s in the worker): nothing more for this address.
    await sleep(12_000)
    expect(mails.filter((m) => m.to === address)).toHaveLength(1)
  }, 60_000)

  it('fills a session exactly from 500 registrations spread over both instances', async () => {
    // 400 places and a waitlist of as many (src/registrations/places.ts): 400 confirmed, 100 waiting.
    const sessionId = await session(400)
    const emails = Array.from({ length: 500 }, (_, i) => `vijfhonderd-${i}-${run}@example.org`)
    const statuses: number[] = []
    await inParallel(emails, 16, async (email) => {
      statuses.push(await register(sessionId, email))
    })
    expect(statuses.filter((status) => status !== 201)).toEqual([])
    expect(await counts(sessionId)).toMatchObject({ total: 500, emails: 500, confirmed: 400, waitlist: 100 })
  }, 120_000)

  it('loses no registration when one instance is killed mid-load, and nginx fails over', async () => {
    const sessionId = await session(30)
    const emails = Array.from({ length: 120 }, (_, i) => `uitval-${i}-${run}@example.org`)
    const statuses: number[] = []
    let done = 0
    const killer = (async () => {
      while (done < 30) await sleep(20)
      await stopProcess(b, 'SIGKILL')
    })()
    await inParallel(emails, 8, async (email) => {
      statuses.push(await register(sessionId, email))
      done++
    })
    await killer
    expect(running(b)).toBe(false)
    // A registration whose answer was lost with instance B is refused as a duplicate on the retry:
    // it was stored once. Nothing else but 201.
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([])
    expect(await counts(sessionId)).toMatchObject({ total: 120, emails: 120, confirmed: 30, waitlist: 90 })
    // nginx sends everything to A now.
    expect((await fetch(`${front}/api/health`)).status).toBe(200)
  }, 120_000)
})
