// `npm run bench`: the portal measured against its yardsticks, every row in the same run on the
// same machine, so the ratios hold even when the machine's speed drifts. Not part of the tests.
//
//   npm run bench                       everything (about 10 minutes on 2 cores)
//   npm run bench -- --skip=lighthouse,registrations,search-engine,build
//   npm run bench -- --rebuild          also time a fresh `next build` and its peak memory
//
// Needs Debian's nginx and wrk (`apt-get install -y nginx-light wrk`) and Chromium for Lighthouse
// (`apt-get install -y chromium`); a missing tool skips its rows with the reason. Lighthouse is
// fetched by npx at its pinned version so that `npm ci` (and CI) does not carry it.
// Prints one table and writes it with the date and machine to bench/RESULTS.md.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { buildStatus, FINGERPRINT_FILE, PROJECT_ROOT } from '../src/cli/build.mjs'
import { waitForHealth } from '../src/cli/waitForHealth.mjs'

const LIGHTHOUSE = 'lighthouse@13.5.0'
const CONNECTIONS = 20
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const DEMO_PASSWORD = 'bench-demo-wachtwoord-niet-voor-productie'
const SEARCH_QUERIES = ['overdracht', 'escalatiemodel', 'gezin werkt niet mee', 'veiligheidsplan', 'wijkteam', 'jeugdbeschermingstafel', 'raad voor de kinderbescherming', 'signs of safety']

const argv = process.argv.slice(2)
const skip = new Set(argv.filter((a) => a.startsWith('--skip=')).flatMap((a) => a.slice(7).split(',')))
const rebuild = argv.includes('--rebuild')
const write = !argv.includes('--no-write')

const log = (line) => console.error(`[bench] ${line}`)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
// nginx's workers run as an unprivileged user and must read the saved pages.
fs.chmodSync(work, 0o755)
const cleanups = []

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
function treeRssMiB(rootPid) {
  const children = new Map()
  const rss = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1])
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      rss.set(Number(entry), kb)
      if (!children.has(ppid)) children.set(ppid, [])
      children.get(ppid).push(Number(entry))
    } catch {
      // the process ended while we read
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total / 1024
}

/** Runs a command, sampling the memory of its process tree; resolves with seconds and peak MiB. */
function runSampled(command, args, { env = process.env, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'a') : 'ignore'
    const started = performance.now()
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', out, out] })
    let peak = 0
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssMiB(child.pid))
    }, 250)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      if (logFile) fs.closeSync(out)
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}${logFile ? ` (see ${logFile})` : ''}`))
      else resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peak })
    })
  })
}

function machine() {
  const cpus = os.cpus()
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT }).toString().trim()
  } catch {}
  return {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB`,
    system: `${os.type()} ${os.release()}, Node ${process.version}`,
    load: os.loadavg()[0].toFixed(2),
    commit,
  }
}

// ---------------------------------------------------------------------------------------------
// The portal: a production server on a fresh, seeded SQLite database of its own.

async function startPortal() {
  const port = await freePort()
  const dir = path.join(work, 'portal')
  fs.mkdirSync(dir)
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (/^(DATABASE_|SMTP_|MAIL_|PAYLOAD_SECRET$|PORT$|VITEST|NODE_ENV$)/.test(key)) delete env[key]
  }
  const logFile = path.join(work, 'server.log')
  const out = fs.openSync(logFile, 'a')
  const server = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      DATABASE_URI: `file:${path.join(dir, 'portal.db')}`,
      PAYLOAD_SECRET: 'bench-secret-not-for-production',
      SEED_ON_START: 'true',
      SEED_DEMO_PASSWORD: DEMO_PASSWORD,
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      // The benchmark sends far more requests than a person from one address; the rate limits
      // (src/lib/rateLimit.ts) would answer 429.
      RATE_LIMIT_SEARCH: '999999/60',
      RATE_LIMIT_REGISTRATIONS: '999999/60',
    },
  })
  fs.closeSync(out)
  cleanups.push(
    () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve()
        server.once('exit', resolve)
        try {
          process.kill(-server.pid, 'SIGTERM')
        } catch {
          resolve()
        }
        setTimeout(() => {
          try {
            process.kill(-server.pid, 'SIGKILL')
          } catch {}
          resolve()
        }, 10_000).unref()
      }),
  )
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHealth(baseUrl, { timeoutMs: 300_000, stillRunning: () => server.exitCode === null })
  return { baseUrl, port, pid: server.pid, logFile }
}

/** The first link under `prefix` on a page, e.g. a working method from the list. */
async function firstLink(baseUrl, listPath, prefix) {
  const html = await (await fetch(baseUrl + listPath)).text()
  const match = new RegExp(`href="(${prefix.replace(/\//g, '\\/')}[a-z0-9-]+)"`).exec(html)
  if (!match) throw new Error(`no link to ${prefix}… on ${listPath}`)
  return match[1]
}

/** An editor's cookies with Next's draft mode on: every page is then rendered for that request. */
async function draftCookies(baseUrl, previewPath) {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redactie@example.org', password: DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`editor login answered ${login.status}: ${(await login.text()).slice(0, 200)}`)
  const token = /payload-token=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]
  // Payload takes a session cookie only from a same-origin request, as a browser marks it.
  const preview = await fetch(`${baseUrl}${previewPath}`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }, redirect: 'manual' })
  const bypass = /__prerender_bypass=([^;]+)/.exec(preview.headers.get('set-cookie') ?? '')?.[1]
  if (!token || !bypass) throw new Error(`draft mode could not be turned on (preview answered ${preview.status})`)
  return `payload-token=${token}; __prerender_bypass=${bypass}`
}

// ---------------------------------------------------------------------------------------------
// nginx: the same bytes from disk (the yardstick), and the shipped cache in front of the portal.

function nginxConf(body) {
  const temp = path.join(work, 'nginx-temp')
  fs.mkdirSync(temp, { recursive: true })
  return `worker_processes auto;
pid ${work}/nginx-${Math.random().toString(36).slice(2)}.pid;
error_log ${work}/nginx-error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
${body}
}
`
}

async function startNginx(name, body) {
  const file = path.join(work, `${name}.conf`)
  fs.writeFileSync(file, nginxConf(body))
  const server = spawn('nginx', ['-c', file, '-p', work], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  cleanups.push(() => {
    server.kill('SIGTERM')
  })
  await new Promise((resolve) => setTimeout(resolve, 500))
  if (server.exitCode !== null) throw new Error(`nginx (${name}) did not start: ${stderr.trim()}`)
}

async function staticNginx(baseUrl, pages) {
  const root = path.join(work, 'static')
  for (const page of pages) {
    const response = await fetch(baseUrl + page.path)
    const dir = path.join(root, page.path)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'index.html'), Buffer.from(await response.arrayBuffer()))
  }
  const port = await freePort()
  await startNginx('static', `  server {\n    listen 127.0.0.1:${port};\n    root ${root};\n    location / { try_files $uri/index.html =404; }\n  }`)
  return `http://127.0.0.1:${port}`
}

/** deploy/nginx/portal.conf with its upstream, listen port and cache directory moved here. */
async function shippedCacheNginx(portalPort) {
  const shipped = path.join(PROJECT_ROOT, 'deploy', 'nginx', 'portal.conf')
  if (!fs.existsSync(shipped)) throw new Error('deploy/nginx/portal.conf is missing')
  const port = await freePort()
  const cacheDir = path.join(work, 'nginx-cache')
  const conf = fs
    .readFileSync(shipped, 'utf8')
    .replace(/127\.0\.0\.1:300[01]|localhost:3000/g, `127.0.0.1:${portalPort}`)
    .replace(/^(\s*)listen\s+[^;]*443[^;]*;\s*$/gm, '')
    .replace(/^(\s*)ssl_[^;]*;\s*$/gm, '')
    .replace(/^(\s*)listen\s+[^;]*;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/proxy_cache_path\s+\S+/g, `proxy_cache_path ${cacheDir}`)
    .replace(/^(\s*)(access_log|error_log)\s+[^;]*;\s*$/gm, '')
  await startNginx('proxy-cache', conf)
  return `http://127.0.0.1:${port}`
}

// ---------------------------------------------------------------------------------------------
// Load.

function wrk(url, { cookie, paths = [], seconds = SECONDS, connections = CONNECTIONS } = {}) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', path.join(PROJECT_ROOT, 'bench', 'wrk', 'report.lua')]
  if (cookie) args.push('-H', `Cookie: ${cookie}`, '-H', 'Sec-Fetch-Site: same-origin')
  args.push(url)
  if (paths.length) args.push('--', ...paths)
  const output = execFileSync('wrk', args, { maxBuffer: 16 * 1024 * 1024 }).toString()
  const line = output.split('\n').find((l) => l.startsWith('WRK_JSON '))
  if (!line) throw new Error(`wrk printed no figures:\n${output}`)
  const figures = JSON.parse(line.slice('WRK_JSON '.length))
  if (figures.requests === 0) throw new Error(`no request to ${url} was answered within ${seconds} s`)
  return { ...figures, rps: figures.requests / figures.seconds }
}

async function measure(label, url, options) {
  // Warm-up: fills every cache on the way and lets the server compile its code paths.
  wrk(url, { ...options, seconds: 2 })
  const figures = wrk(url, options)
  log(`${label}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms`)
  return figures
}

function npmScript(name, logFile) {
  return runSampled('npm', ['run', '--silent', name], { logFile })
}

function lighthouse(url) {
  const out = path.join(work, `lh-${Math.random().toString(36).slice(2)}.json`)
  execFileSync(
    'npx',
    ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 240_000 },
  )
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcp: report.audits['largest-contentful-paint']?.numericValue,
  }
}

/** The last line Lighthouse wrote to stderr (what went wrong), else the error's own first line. */
function lastLine(error) {
  const stderr = error.stderr?.toString().trim().split('\n').filter(Boolean).at(-1)
  return stderr ?? error.message.split('\n')[0]
}

// ---------------------------------------------------------------------------------------------

const rows = []
const notes = []
const fmt = (n, digits = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits))
const verdict = (ok) => (ok ? 'met' : '**NOT met**')

async function main() {
  const before = machine()
  log(`working in ${work}`)

  // Build: timed only when it has to happen (or with --rebuild): it takes minutes.
  let build = null
  const buildFile = path.join(PROJECT_ROOT, 'bench', 'out', 'build.json')
  if (!skip.has('build')) {
    if (rebuild) fs.rmSync(path.join(PROJECT_ROOT, FINGERPRINT_FILE), { force: true })
    if (rebuild || buildStatus().needed) {
      log('building the production app (next build)…')
      build = { ...(await runSampled('node', ['src/cli/start.mjs', '--build-only'], { logFile: path.join(work, 'build.log') })), at: new Date().toISOString() }
      fs.mkdirSync(path.dirname(buildFile), { recursive: true })
      fs.writeFileSync(buildFile, JSON.stringify(build, null, 2))
    } else if (fs.existsSync(buildFile)) {
      build = { ...JSON.parse(fs.readFileSync(buildFile, 'utf8')), earlier: true }
    }
  }
  if (buildStatus().needed) throw new Error('the production build is not current: run without --skip=build')

  log('starting the portal on a fresh seeded SQLite database…')
  const portal = await startPortal()
  const pages = [
    { name: 'home', path: '/' },
    { name: 'list (/werkwijzen)', path: '/werkwijzen' },
    { name: 'working method', path: await firstLink(portal.baseUrl, '/werkwijzen', '/werkwijzen/') },
    { name: 'region page', path: await firstLink(portal.baseUrl, '/regios', '/regios/') },
  ]
  const training = await firstLink(portal.baseUrl, '/scholing', '/scholing/')
  for (const page of pages) await fetch(portal.baseUrl + page.path)
  await new Promise((resolve) => setTimeout(resolve, 5000))
  const idleRss = treeRssMiB(portal.pid)

  // Pages, side by side.
  const canWrk = has('wrk')
  const canNginx = has('nginx')
  if (!canWrk) notes.push('wrk is not installed: no request rates (apt-get install -y wrk).')
  if (canWrk) {
    const staticBase = canNginx ? await staticNginx(portal.baseUrl, pages) : null
    if (!canNginx) notes.push('nginx is not installed: no static yardstick and no proxy cache row (apt-get install -y nginx-light).')
    let proxyBase = null
    if (canNginx) {
      try {
        proxyBase = await shippedCacheNginx(portal.port)
      } catch (error) {
        notes.push(`shipped nginx cache not measured: ${error.message}`)
      }
    }
    const collection = (p) => (p.startsWith('/werkwijzen/') ? 'working-methods' : p.startsWith('/regios/') ? 'regions' : null)
    for (const page of pages) {
      const row = { page: page.name, path: page.path }
      if (staticBase) row.nginx = await measure(`${page.name} nginx static`, staticBase + page.path)
      row.cache = await measure(`${page.name} portal cache`, portal.baseUrl + page.path).catch((error) => void notes.push(error.message))
      try {
        const slug = page.path.split('/').pop()
        const kind = collection(page.path)
        const previewPath = kind ? `/preview?collection=${kind}&slug=${slug}` : '/preview?global=vision'
        // Once more on a dropped keep-alive socket: wrk has just closed twenty connections.
        const cookie = await draftCookies(portal.baseUrl, previewPath).catch(() => draftCookies(portal.baseUrl, previewPath))
        row.render = await measure(`${page.name} per request`, portal.baseUrl + page.path, { cookie })
        // One visitor at a time: how long one render takes, without twenty others queued before it.
        row.renderOne = await measure(`${page.name} per request, 1 connection`, portal.baseUrl + page.path, { cookie, connections: 1 })
      } catch (error) {
        notes.push(`per-request rendering of ${page.path} not measured: ${error.message}${error.cause ? ` (${error.cause.message ?? error.cause})` : ''}`)
      }
      if (proxyBase) row.proxy = await measure(`${page.name} nginx cache`, proxyBase + page.path)
      rows.push(row)
    }
  }

  let search = null
  let searchFresh = null
  if (canWrk) {
    const paths = SEARCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`)
    search = await measure('/api/search', portal.baseUrl + paths[0], { paths }).catch((error) => void notes.push(error.message))
    // The same queries with every page size and two pages: 800 distinct answers in turn, more than
    // the 500 an instance keeps (src/search/recentAnswers.ts), so every request runs the engine.
    const fresh = SEARCH_QUERIES.flatMap((q) =>
      Array.from({ length: 50 }, (_, i) => [1, 2].map((page) => `/api/search?q=${encodeURIComponent(q)}&limit=${i + 1}&page=${page}`)).flat(),
    )
    searchFresh = await measure('/api/search, every answer new', portal.baseUrl + fresh[0], { paths: fresh }).catch((error) => void notes.push(error.message))
  }

  let engine = null
  if (!skip.has('search-engine')) {
    log('search engine benchmark (10,000 documents)…')
    await npmScript('bench:search', path.join(work, 'bench-search.log'))
    engine = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'out', 'search.json'), 'utf8'))
  }

  let registrations = null
  if (!skip.has('registrations')) {
    log('500 concurrent registrations…')
    await npmScript('bench:registrations', path.join(work, 'bench-registrations.log'))
    registrations = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'out', 'registrations.json'), 'utf8'))
  }

  const audits = []
  if (!skip.has('lighthouse')) {
    if (!fs.existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) notes.push('Chromium is not installed: no Lighthouse rows.')
    else {
      for (const [name, p] of [['home', '/'], ['search', '/zoeken?q=overdracht'], ['working method', pages[2].path], ['training', training]]) {
        log(`Lighthouse ${name}…`)
        // Once more when a run fails: Lighthouse now and then loses its connection to Chromium.
        try {
          audits.push({ name, path: p, ...lighthouse(portal.baseUrl + p) })
        } catch (first) {
          log(`Lighthouse ${name} failed (${lastLine(first)}); once more…`)
          try {
            audits.push({ name, path: p, ...lighthouse(portal.baseUrl + p) })
          } catch (error) {
            notes.push(`Lighthouse on ${p} failed twice: ${lastLine(error)}`)
          }
        }
      }
    }
  }

  // ---- the table
  const after = machine()
  const out = []
  out.push(`# Benchmark results`, '')
  out.push(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` at commit ${before.commit}.`)
  out.push(`Machine: ${before.cpu}, ${before.memory}, ${before.system}; load ${before.load} before, ${after.load} after.`)
  out.push(`Load: wrk, 1 thread, ${CONNECTIONS} connections, ${SECONDS} s per row after a 2 s warm-up, on the same machine as the servers.`, '')
  out.push('## Pages', '')
  out.push('| page | nginx, saved bytes | portal, from its cache | portal, rendered per request | rendered per request, 1 connection | portal behind shipped nginx cache | cache ÷ nginx | cache ÷ rendered | nginx cache ÷ nginx |')
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const cell = (f) => (f ? `${fmt(f.rps)} req/s · p50 ${fmt(f.p50, 1)} · p95 ${fmt(f.p95, 1)} ms${f.statusErrors || f.socketErrors ? ` · ${f.statusErrors + f.socketErrors} errors` : ''}` : '–')
  const pct = (a, b) => (a && b ? `${((a.rps / b.rps) * 100).toFixed(1)} %` : '–')
  const times = (a, b) => (a && b ? `${(a.rps / b.rps).toFixed(1)}×` : '–')
  for (const r of rows) out.push(`| ${r.page} (\`${r.path}\`) | ${cell(r.nginx)} | ${cell(r.cache)} | ${cell(r.render)} | ${cell(r.renderOne)} | ${cell(r.proxy)} | ${pct(r.cache, r.nginx)} | ${times(r.cache, r.render)} | ${pct(r.proxy, r.nginx)} |`)
  out.push('')
  out.push('## Other figures', '')
  out.push('| what | figure | target |')
  out.push('| --- | --- | --- |')
  if (search) out.push(`| /api/search, ${SEARCH_QUERIES.length} queries in turn | ${cell(search)} | ≥ 1,000 req/s: ${verdict(search.rps >= 1000 && !search.statusErrors)} |`)
  if (searchFresh) out.push(`| /api/search, every answer new (no answer kept) | ${cell(searchFresh)} | – |`)
  if (engine) {
    out.push(`| search engine, ${engine.docs.toLocaleString('en')} documents: embedded p50 / p95 (CPU p95) | ${fmt(engine.embedded.p50, 2)} / ${fmt(engine.embedded.p95, 2)} ms (${fmt(engine.embedded.cpuP95, 2)} ms) | p95 ≤ 15 ms: ${verdict(engine.embedded.p95 <= 15)} |`)
    out.push(`| search, Payload \`like\` query on the same documents p50 / p95 | ${fmt(engine.like.p50, 2)} / ${fmt(engine.like.p95, 2)} ms (${fmt(engine.ratio, 1)}× the embedded p95) | – |`)
  }
  if (registrations) {
    out.push(`| ${registrations.requests} concurrent registrations, ${registrations.capacity} places (${registrations.database}) | ${fmt(registrations.seconds, 2)} s, ${registrations.confirmed} confirmed, ${registrations.waitlisted} waitlisted, ${registrations.errors} refused (waitlist full); server CPU ${fmt(registrations.cpuSeconds, 2)} s | ≤ 5 s and exact: ${verdict(registrations.seconds <= 5 && registrations.exact)} |`)
  }
  for (const a of audits) {
    out.push(`| Lighthouse phone, ${a.name} (\`${a.path}\`) | performance ${a.performance}, accessibility ${a.accessibility}, LCP ${fmt(a.lcp / 1000, 2)} s | ≥ 95 and 100: ${verdict(a.performance >= 95 && a.accessibility === 100)} |`)
  }
  out.push(`| idle server memory (RSS, next start and its children, after start-up and one request per page) | ${fmt(idleRss)} MiB | – |`)
  if (build) out.push(`| \`next build\` peak memory (process tree) and time${build.earlier ? ` (measured ${build.at.slice(0, 10)})` : ''} | ${fmt(build.peakMiB)} MiB, ${fmt(build.seconds)} s | – |`)
  out.push('')
  out.push('## Targets for the page rows', '')
  for (const r of rows) {
    const checks = []
    if (r.cache) checks.push(`cache ≥ 2,000 req/s: ${verdict(r.cache.rps >= 2000)}`)
    if (r.cache && r.nginx) checks.push(`≥ 2.5 % of nginx: ${verdict(r.cache.rps / r.nginx.rps >= 0.025)}`)
    if (r.cache && r.render) checks.push(`≥ 8× rendered: ${verdict(r.cache.rps / r.render.rps >= 8)}`)
    // A render's own time: at 20 connections p95 is mostly the wait behind the other nineteen.
    if (r.renderOne) checks.push(`rendered p95 (1 connection) ≤ 100 ms: ${verdict(r.renderOne.p95 <= 100)}`)
    if (r.proxy && r.nginx) checks.push(`nginx cache ≥ 50 % of nginx: ${verdict(r.proxy.rps / r.nginx.rps >= 0.5)}`)
    out.push(`- ${r.page}: ${checks.join('; ')}`)
  }
  if (notes.length) out.push('', '## Notes', '', ...notes.map((n) => `- ${n}`))
  const text = out.join('\n') + '\n'
  console.log(text)
  if (write) fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'RESULTS.md'), text)
}

try {
  await main()
} catch (error) {
  console.error(`[bench] failed: ${error.stack ?? error}`)
  process.exitCode = 1
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
  if (process.env.KEEP_BENCH_DIR !== 'true') fs.rmSync(work, { recursive: true, force: true })
}
