import fc from 'fast-check'
import { beforeAll, expect, it } from 'vitest'

import { guardRest } from '../../../src/api/guardRest'
import { guardLogin } from '../../../src/auth/guardLogin'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { encodedText } from '../../helpers/fuzzText'
import { restHandler } from '../../helpers/restHandler'
import { usePayload } from '../../helpers/usePayload'

/**
 * Hostile and malformed requests, generated, against Payload's REST API of the real portal
 * config: every one must be answered 2xx, 3xx or 4xx. A 5xx is a fault the visitor can cause.
 */
const RUNS = Number(process.env.FUZZ_RUNS || 1200)

const hostile = fc.constantFrom(
  '%00',
  '%27%22%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'x'.repeat(5000),
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '1.5',
  'NaN',
  '%F0%9F%92%A9',
  '%EF%BF%BF',
  '%ED%A0%80',
  'null',
  '__proto__',
  'constructor',
  '..%2F..%2Fetc%2Fpasswd',
  '%E2%80%AE',
  '[]',
  '{}',
  'a%20b',
  "1'%20OR%20'1'='1",
)
const text = encodedText(hostile, { maxLength: 40, binaryMaxLength: 20 }, fc.integer().map(String))
const field = fc.constantFrom('title', 'id', 'slug', 'createdAt', 'updatedAt', 'bogus', '_status', 'email', 'password', 'region', 'region.name', 'a.b.c.d', '__proto__', 'hash', 'salt', 'sessions', 'id.x')
const operator = fc.constantFrom('equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'less_than_equal', 'like', 'contains', 'all', 'near', 'within', 'intersects', 'bogus', '$where', '')
const queryPart = fc.oneof(
  fc.tuple(field, operator, text).map(([f, o, v]) => `where[${f}][${o}]=${v}`),
  fc.tuple(fc.constantFrom('or', 'and'), field, operator, text).map(([g, f, o, v]) => `where[${g}][0][${f}][${o}]=${v}`),
  fc.tuple(fc.constantFrom('sort', 'depth', 'limit', 'page', 'draft', 'locale', 'fallback-locale', 'pagination', 'trash', 'joins'), text).map(([k, v]) => `${k}=${v}`),
  fc.tuple(fc.constantFrom('sort'), field).map(([k, f]) => `${k}=-${f}`),
  fc.tuple(fc.constantFrom('select', 'populate'), field, text).map(([k, f, v]) => `${k}[${f}]=${v}`),
  fc.tuple(field, text).map(([f, v]) => `where[${f}]=${v}`),
  text.map((v) => `where=${v}`),
)
const body = fc.oneof(
  fc.constant(undefined),
  fc.constant('{'),
  fc.constant('null'),
  fc.constant('[]'),
  fc.constant('"x"'),
  fc.constant(JSON.stringify({ title: 'x'.repeat(200_000) })),
  fc.constant(JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } })),
  fc.json({ maxDepth: 3 }),
  fc.dictionary(field, fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant([]), fc.constant({}))).map((value) => JSON.stringify(value)),
  fc.constant('_payload=' + encodeURIComponent('{')),
)
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/xml',
  '',
  'application/json; charset=utf-16',
)
const method = fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS')

await describeOnEachDatabase('REST fuzz', (database) => {
  const portal = usePayload(database)
  let paths: string[] = []

  beforeAll(async () => {
    const { collections, globals } = portal.payload.config
    paths = [
      ...collections.flatMap(({ slug }) => [`/api/${slug}`, `/api/${slug}/ID`, `/api/${slug}/ID/x`, `/api/${slug}/versions/ID`]),
      ...globals.flatMap(({ slug }) => [`/api/globals/${slug}`, `/api/globals/${slug}/versions/ID`]),
      '/api/search',
      '/api/users/login',
      '/api/users/forgot-password',
      '/api/users/reset-password',
      '/api/users/me',
      '/api/users/refresh-token',
      '/api/users/unlock',
      '/api/users/first-register',
      '/api/health',
    ]
  })

  it(`answers ${RUNS} hostile requests without a 5xx`, async () => {
    const failures: string[] = []
    // The route's own wrappers (app/(payload)/api/[...slug]/route.ts) around Payload's handler.
    const handler = guardRest(guardLogin(restHandler(portal)), portal.payload.config)
    // The same generated requests as a property run would make (same seed), sent eight at a
    // time: every one is answered and checked, only the waiting overlaps (refused logins are
    // held back for 400 ms and more, src/auth/guardLogin.ts).
    const cases = fc.sample(fc.tuple(fc.nat(), text, fc.array(queryPart, { maxLength: 4 }), method, body, contentType), {
      numRuns: RUNS,
      seed: Number(process.env.FUZZ_SEED || 15),
    })
    const send = async ([pick, id, query, verb, payload, type]: (typeof cases)[number]) => {
      const path = paths[pick % paths.length].replace('ID', id)
      const url = `http://localhost${path}${query.length ? `?${query.join('&')}` : ''}`
      const hasBody = payload !== undefined && verb !== 'GET' && verb !== 'OPTIONS'
      let request: Request
      try {
        request = new Request(url, {
          method: verb,
          headers: type ? { 'Content-Type': type } : {},
          body: hasBody ? payload : undefined,
        })
      } catch {
        return
      }
      const response = await handler(request, { params: Promise.resolve({ slug: [] }) })
      if (response.status >= 500) {
        failures.push(`${verb} ${url.slice(0, 300)} [${type}] ${String(payload).slice(0, 80)} → ${response.status} ${(await response.text()).slice(0, 200)}`)
      } else await response.body?.cancel()
    }
    let next = 0
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < cases.length) await send(cases[next++])
      }),
    )
    expect(cases).toHaveLength(RUNS)
    expect(failures, failures.slice(0, 30).join('\n')).toEqual([])
  })
}, { kinds: ['sqlite', 'postgres'] })
