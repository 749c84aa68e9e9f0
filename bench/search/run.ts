// `npm run bench:search`: the embedded engine against a Payload `like` query (what the official
// search plugin's front ends do) on the same 10,000 documents in the same SQLite database.
// Not a test: it prints figures. Runs through `payload run` (Lexical must not load in plain Node).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { paragraph, richText } from '../../src/lexical/build'
import { generateDocs, generateQueries } from './corpus'

// A scratch database of its own, schema pushed; no seed, no background indexing.
process.env.SEARCH_BACKGROUND = 'off'
process.env.SEED_ON_START = 'false'
process.env.DATABASE_PUSH = 'true'

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000)
const QUERIES = 200
const WARMUP = 20

const { getPayload } = await import('payload')
const { portalConfig } = await import('../../payload.config')
const searchIndex = await import('../../src/search/indexOwner')
const { FACETS } = await import('../../src/search/types')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-'))
const uri = `file:${path.join(dir, 'bench.db')}`
const payload = await getPayload({ config: portalConfig({ databaseUri: uri, seedOnEmpty: false }), key: uri })

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number
}

/**
 * Wall-clock latency per query, and the CPU time this process spent on it: on a shared machine
 * the wall clock also counts waiting for a core, CPU time much less so.
 */
async function time(label: string, queries: string[], run: (q: string) => Promise<unknown>) {
  for (const q of queries.slice(0, WARMUP)) await run(q)
  const wall: number[] = []
  const cpu: number[] = []
  const slowest: { q: string; ms: number }[] = []
  for (const q of queries) {
    const start = performance.now()
    const usage = process.cpuUsage()
    await run(q)
    const spent = process.cpuUsage(usage)
    wall.push(performance.now() - start)
    cpu.push((spent.user + spent.system) / 1000)
    slowest.push({ q, ms: cpu.at(-1) as number })
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  slowest.sort((a, b) => b.ms - a.ms)
  return {
    label,
    p50: percentile(wall, 0.5),
    p95: percentile(wall, 0.95),
    mean: wall.reduce((s, x) => s + x, 0) / wall.length,
    cpuP50: percentile(cpu, 0.5),
    cpuP95: percentile(cpu, 0.95),
    slowest: slowest.slice(0, 5),
  }
}

const fmt = (ms: number) => ms.toFixed(2).padStart(9)

try {
  // 1. The documents, inserted in bulk into the pages table: the same table and columns Payload's
  //    own writes fill (a visitor's find reads them back below), without 10,000 rounds of hooks
  //    and versions that would only measure the seed, not search.
  let started = performance.now()
  const docs = generateDocs(DOCS)
  const now = new Date().toISOString()
  const db = payload.db as unknown as { drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }; tables: Record<string, unknown> }
  const rows = docs.map((doc) => ({
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary,
    body: richText(...doc.paragraphs.map((text) => paragraph(text))),
    isExample: true,
    _status: 'published',
    createdAt: now,
    updatedAt: now,
  }))
  for (let i = 0; i < rows.length; i += 200) await db.drizzle.insert(db.tables.pages).values(rows.slice(i, i + 200))
  const check = await payload.find({ collection: 'pages', limit: 1, overrideAccess: false, user: null })
  if (check.totalDocs !== DOCS) throw new Error(`expected ${DOCS} published pages, found ${check.totalDocs}`)
  const writeSeconds = (performance.now() - started) / 1000

  // 2. The embedded index, built the way production builds it: searchIndex.rebuild reads every page as a
  //    visitor through the Local API and turns it into a record.
  const heapBefore = process.memoryUsage().heapUsed
  started = performance.now()
  const build = await searchIndex.rebuild(payload)
  const buildSeconds = (performance.now() - started) / 1000
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024
  const provider = searchIndex.provider(payload)

  // 3. The same 200 queries against both.
  const queries = generateQueries(QUERIES)
  const embedded = await time('embedded (MiniSearch)', queries, (q) =>
    provider.search({ query: q, filters: {}, facets: FACETS, page: 1, hitsPerPage: 10 }),
  )
  const like = await time('Payload like (SQLite)', queries, (q) =>
    payload.find({
      collection: 'pages',
      where: { or: [{ title: { like: q } }, { summary: { like: q } }] },
      limit: 10,
      depth: 0,
      overrideAccess: false,
      user: null,
      select: { title: true, slug: true, summary: true },
    }),
  )

  const ratio = like.p95 / embedded.p95
  const targetsMet = embedded.p95 <= 15 && ratio >= 10
  const lines = [
    `Search benchmark: ${DOCS.toLocaleString('en')} documents, ${QUERIES} mixed queries, SQLite, ${os.cpus().length} CPU(s), load ${os.loadavg()[0]!.toFixed(1)}`,
    '',
    '                            p50 (ms)  p95 (ms)  mean (ms)   CPU p50   CPU p95',
    `  ${embedded.label.padEnd(24)}${fmt(embedded.p50)} ${fmt(embedded.p95)} ${fmt(embedded.mean)} ${fmt(embedded.cpuP50)} ${fmt(embedded.cpuP95)}`,
    `  ${like.label.padEnd(24)}${fmt(like.p50)} ${fmt(like.p95)} ${fmt(like.mean)} ${fmt(like.cpuP50)} ${fmt(like.cpuP95)}`,
    '',
    `  ratio p95 like / embedded: ${ratio.toFixed(1)}×   (p50: ${(like.p50 / embedded.p50).toFixed(1)}×)`,
    `  target embedded p95 ≤ 15 ms and ≥ 10× faster: ${targetsMet ? 'met' : 'NOT met'}`,
    '',
    `  slowest (CPU ms), embedded: ${embedded.slowest.map((s) => `“${s.q}” ${s.ms.toFixed(1)}`).join(', ')}`,
    '',
    `  inserting ${DOCS} documents: ${writeSeconds.toFixed(1)} s`,
    `  rebuild (read as visitor, build records, index): ${buildSeconds.toFixed(1)} s for ${build.records} records, heap +${heapMB.toFixed(0)} MB`,
    '',
    '  The like query searches title and summary only and knows no typos, stems, synonyms or facets;',
    '  the embedded engine searches the whole text with all of those and computes four facets per query.',
  ]
  console.log(lines.join('\n'))
  fs.mkdirSync(path.resolve(import.meta.dirname, '../out'), { recursive: true })
  fs.writeFileSync(
    path.resolve(import.meta.dirname, '../out/search.json'),
    JSON.stringify({ docs: DOCS, queries: QUERIES, embedded, like, ratio, writeSeconds, buildSeconds, heapMB, at: new Date().toISOString() }, null, 2),
  )
} finally {
  await payload.destroy().catch(() => undefined)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
