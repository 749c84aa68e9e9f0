import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

/**
 * A local stand-in for Algolia's REST API on 127.0.0.1: records every request the real
 * algoliasearch client sends and answers the way Algolia does (task ids, published tasks, copy and
 * move of indices, a plain substring search), so tests can assert what would reach Algolia.
 */
export type RecordedRequest = { method: string; path: string; query: Record<string, string>; body: unknown; headers: http.IncomingHttpHeaders }

type Index = { objects: Map<string, Record<string, unknown>>; settings: Record<string, unknown>; synonyms: unknown[] }

export type FakeAlgolia = {
  port: number
  requests: RecordedRequest[]
  indices: Map<string, Index>
  /** Answer every request with this HTTP status (simulates an outage); null to recover. */
  failWith: number | null
  hosts: { url: string; port: number; protocol: 'http'; accept: 'readWrite' }[]
  close: () => Promise<void>
}

const emptyIndex = (): Index => ({ objects: new Map(), settings: {}, synonyms: [] })

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('error', reject)
    req.on('end', () => {
      let raw = Buffer.concat(chunks)
      if (req.headers['content-encoding'] === 'gzip') raw = zlib.gunzipSync(raw)
      const text = raw.toString('utf8')
      try {
        resolve(text ? JSON.parse(text) : null)
      } catch {
        resolve(text)
      }
    })
  })
}

const M0 = '\uE000'
const M1 = '\uE001'

function mark(text: string, words: string[], pre: string, post: string): { value: string; matchLevel: string } {
  let value = text
  let matched = false
  for (const word of words) {
    const at = value.toLowerCase().indexOf(word)
    if (word && at >= 0) {
      value = `${value.slice(0, at)}${pre}${value.slice(at, at + word.length)}${post}${value.slice(at + word.length)}`
      matched = true
    }
  }
  return { value, matchLevel: matched ? 'full' : 'none' }
}

/** Enough of Algolia's search to tell "in the index" from "not in the index". */
function search(index: Index, request: Record<string, unknown>) {
  const words = String(request.query ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const pre = String(index.settings.highlightPreTag ?? M0)
  const post = String(index.settings.highlightPostTag ?? M1)
  const hits = [...index.objects.values()].filter((object) => {
    const haystack = ['title', 'keywords', 'summary', 'headings', 'body', 'tags'].map((f) => JSON.stringify(object[f] ?? '')).join(' ').toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
  const facets: Record<string, Record<string, number>> = {}
  for (const facet of (request.facets as string[] | undefined) ?? []) {
    facets[facet] = {}
    for (const hit of hits) {
      const values = Array.isArray(hit[facet]) ? (hit[facet] as string[]) : [String(hit[facet])]
      for (const value of values) facets[facet]![value] = (facets[facet]![value] ?? 0) + 1
    }
  }
  const hitsPerPage = Number(request.hitsPerPage ?? 20)
  return {
    hits: hits.slice(0, hitsPerPage).map((hit) => ({
      ...hit,
      _highlightResult: { title: mark(String(hit.title ?? ''), words, pre, post) },
      _snippetResult: { summary: mark(String(hit.summary ?? ''), words, pre, post), body: mark(String(hit.body ?? ''), words, pre, post) },
    })),
    nbHits: hits.length,
    nbPages: Math.ceil(hits.length / Math.max(1, hitsPerPage)),
    page: Number(request.page ?? 0),
    hitsPerPage,
    facets,
    query: request.query ?? '',
    params: '',
    processingTimeMS: 1,
  }
}

export async function startFakeAlgolia(): Promise<FakeAlgolia> {
  const indices = new Map<string, Index>()
  const requests: RecordedRequest[] = []
  let taskID = 1000
  const index = (name: string) => {
    let found = indices.get(name)
    if (!found) {
      found = emptyIndex()
      indices.set(name, found)
    }
    return found
  }
  const fake = { requests, indices, failWith: null as number | null } as FakeAlgolia

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const body = await readBody(req)
    const path = decodeURIComponent(url.pathname)
    requests.push({ method: req.method ?? '', path, query: Object.fromEntries(url.searchParams), body, headers: req.headers })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(payload))
    }
    if (fake.failWith) return send(fake.failWith, { message: 'Service unavailable', status: fake.failWith })
    const task = () => ({ taskID: ++taskID, updatedAt: new Date().toISOString() })
    const parts = path.split('/').filter(Boolean) // ['1', 'indexes', name, ...rest]
    if (parts[0] !== '1' || parts[1] !== 'indexes') return send(404, { message: 'Not found', status: 404 })
    const name = parts[2] as string
    const rest = parts.slice(3)
    const data = body as Record<string, unknown>

    if (name === '*' && rest[0] === 'queries' && req.method === 'POST') {
      const results = ((data.requests as Record<string, unknown>[]) ?? []).map((r) => search(index(String(r.indexName)), r))
      return send(200, { results })
    }
    if (rest[0] === 'task' && req.method === 'GET') return send(200, { status: 'published', pendingTask: false })
    if (rest[0] === 'settings' && req.method === 'PUT') {
      Object.assign(index(name).settings, data)
      return send(200, task())
    }
    if (rest[0] === 'settings' && req.method === 'GET') return send(200, index(name).settings)
    if (rest[0] === 'synonyms' && rest[1] === 'batch' && req.method === 'POST') {
      const target = index(name)
      if (url.searchParams.get('replaceExistingSynonyms') === 'true') target.synonyms = []
      target.synonyms.push(...(data as unknown as unknown[]))
      return send(200, task())
    }
    if (rest[0] === 'batch' && req.method === 'POST') {
      const target = index(name)
      for (const op of (data.requests as { action: string; body: Record<string, unknown> }[]) ?? []) {
        const id = String(op.body.objectID)
        if (op.action === 'addObject' || op.action === 'updateObject') target.objects.set(id, op.body)
        if (op.action === 'deleteObject') target.objects.delete(id)
      }
      return send(200, { ...task(), objectIDs: (data.requests as { body: { objectID: string } }[]).map((r) => r.body.objectID) })
    }
    if (rest[0] === 'operation' && req.method === 'POST') {
      const source = index(name)
      const destination = String(data.destination)
      const scope = (data.scope as string[] | undefined) ?? ['settings', 'synonyms', 'rules', 'objects']
      const copy = index(destination)
      if (data.operation === 'copy') {
        if (scope.includes('settings')) copy.settings = { ...source.settings }
        if (scope.includes('synonyms')) copy.synonyms = [...source.synonyms]
      } else if (data.operation === 'move') {
        indices.set(destination, source)
        indices.delete(name)
      }
      return send(200, task())
    }
    if (rest[0] === 'clear' && req.method === 'POST') {
      index(name).objects.clear()
      return send(200, task())
    }
    if (rest.length === 0 && req.method === 'DELETE') {
      indices.delete(name)
      return send(200, { taskID: ++taskID, deletedAt: new Date().toISOString() })
    }
    if (rest.length === 1 && req.method === 'DELETE') {
      index(name).objects.delete(rest[0] as string)
      return send(200, { taskID: ++taskID, deletedAt: new Date().toISOString() })
    }
    return send(404, { message: `Unhandled ${req.method} ${path}`, status: 404 })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    port,
    hosts: [{ url: '127.0.0.1', port, protocol: 'http' as const, accept: 'readWrite' as const }],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
