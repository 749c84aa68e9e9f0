import { configToSchema } from '@payloadcms/graphql'
import { createRequire } from 'node:module'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LoginThrottle } from '../../../src/auth/loginThrottle'
import { guardGraphQL } from '../../../src/graphql/guardRequest'
import { checkQuerySource, isLoginMutation } from '../../../src/graphql/queryCost'
import { GRAPHQL_LIMITS, graphQLEnabled } from '../../../src/graphql/settings'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

// The copy of graphql-js that Payload's schema was built with (Node loads its CommonJS build,
// Vitest would hand this file the ES module one, and graphql-js refuses to mix them).
const { parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

/** The probe's query: one list with the same field repeated. */
const repeated = (count: number) => `{ Pages { ${'totalDocs '.repeat(count)}} }`

const post = (body: string, type = 'application/json') =>
  new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'Content-Type': type }, body })

describe('GraphQL switch', () => {
  it('is off unless GRAPHQL_ENABLED is exactly true', () => {
    expect(graphQLEnabled({} as NodeJS.ProcessEnv)).toBe(false)
    expect(graphQLEnabled({ GRAPHQL_ENABLED: '1' } as unknown as NodeJS.ProcessEnv)).toBe(false)
    expect(graphQLEnabled({ GRAPHQL_ENABLED: 'true' } as unknown as NodeJS.ProcessEnv)).toBe(true)
  })

  it('answers a Dutch 404 when off, without calling Payload', async () => {
    let called = false
    const route = guardGraphQL(
      async () => {
        called = true
        return new Response('{}')
      },
      { enabled: () => false },
    )
    const response = await route(post(JSON.stringify({ query: '{ Pages { totalDocs } }' })))
    expect(response.status).toBe(404)
    expect((await response.json()).errors[0].message).toMatch(/GraphQL staat uit/)
    expect(called).toBe(false)
  })
})

describe('GraphQL request guard (on)', () => {
  let seen: string | null = null
  const route = guardGraphQL(
    async (request) => {
      seen = await request.text()
      return Response.json({ data: {} })
    },
    { enabled: () => true },
  )

  it('refuses the 50,000-field probe before parsing it, quickly', async () => {
    seen = null
    const started = performance.now()
    const response = await route(post(JSON.stringify({ query: repeated(50_000) })))
    // A generous bound: "does not hang", the probe took 82 s.
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/te groot/)
    expect(seen).toBeNull()
  })

  it('refuses a query within the size limit but with too many fields or too deep', async () => {
    const many = await route(post(JSON.stringify({ query: repeated(GRAPHQL_LIMITS.maxFields + 1) })))
    expect(many.status).toBe(400)
    expect((await many.json()).errors[0].message).toMatch(/te veel velden/)
    const nested = `{ ${'a { '.repeat(GRAPHQL_LIMITS.maxDepth + 1)}b${' }'.repeat(GRAPHQL_LIMITS.maxDepth + 1)} }`
    const deep = await route(post(JSON.stringify({ query: nested })))
    expect(deep.status).toBe(400)
    expect((await deep.json()).errors[0].message).toMatch(/te diep/)
    expect(seen).toBeNull()
  })

  it('counts fragments where they are spread', () => {
    const fragment = `fragment F on Pages { ${'totalDocs '.repeat(100)}}`
    expect(checkQuerySource(`{ Pages { ...F } } ${fragment}`)).toBeNull()
    expect(checkQuerySource(`{ a: Pages { ...F } b: Pages { ...F } c: Pages { ...F } } ${fragment}`)).toMatch(
      /te veel velden/,
    )
    expect(checkQuerySource(`{ Pages { ...F } } fragment F on Pages { ...F }`)).toMatch(/te veel velden/)
  })

  it('refuses what is not JSON with a query', async () => {
    expect((await route(post('{ Pages { totalDocs } }', 'application/graphql'))).status).toBe(415)
    expect((await route(post('{nope'))).status).toBe(400)
    expect((await route(post(JSON.stringify({ variables: {} })))).status).toBe(400)
  })

  it('passes a normal query on to Payload unchanged', async () => {
    const body = JSON.stringify({ query: '{ Pages(limit: 5) { docs { title slug } totalDocs } }' })
    const response = await route(post(body))
    expect(response.status).toBe(200)
    expect(seen).toBe(body)
  })
})

describe('GraphQL login counts against the login throttle', () => {
  const login = (password: string, address: string) =>
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ query: `mutation { loginUser(email: "redactie@example.org", password: "${password}") { token } }` }),
    })

  it('recognises a login mutation, also behind an alias or a fragment, and nothing else', () => {
    expect(isLoginMutation('mutation { loginUser(email: "a@b.nl", password: "x") { token } }')).toBe(true)
    expect(isLoginMutation('mutation { probeer: loginUser(email: "a@b.nl", password: "x") { token } }')).toBe(true)
    expect(isLoginMutation('mutation { ...L } fragment L on Mutation { loginUser(email: "a", password: "b") { token } }')).toBe(true)
    expect(isLoginMutation('mutation { ... on Mutation { loginUser(email: "a", password: "b") { token } } }')).toBe(true)
    expect(isLoginMutation('{ loginUser { token } }')).toBe(false)
    expect(isLoginMutation('mutation { updatePage(id: 1, data: {}) { id } }')).toBe(false)
    expect(isLoginMutation('mutation { ...L } fragment L on Mutation { ...L }')).toBe(false)
    expect(isLoginMutation('mutation {')).toBe(false)
  })

  it('answers 429 with Retry-After after too many failed logins from one address, and lets others through', async () => {
    const throttle = new LoginThrottle({ perAddress: 2, perAddressWindowSeconds: 60, overall: 1000, overallWindowSeconds: 60 })
    let calls = 0
    // Payload answers a wrong password over GraphQL with 200 and an errors list.
    const route = guardGraphQL(
      async (request) => {
        calls++
        const ok = (await request.text()).includes('juist-wachtwoord')
        return Response.json(ok ? { data: { loginUser: { token: 't' } } } : { errors: [{ message: 'fout' }], data: { loginUser: null } })
      },
      { enabled: () => true, throttle },
    )
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
    expect((await route(login('fout-1', address))).status).toBe(200)
    expect((await route(login('fout-2', address))).status).toBe(200)
    const refused = await route(login('fout-3', address))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0].message).toMatch(/inlogpogingen|probeer/i)
    expect(calls).toBe(2)
    // Another address is not held back, and a successful login clears its own count.
    const other = `${address}1`
    expect((await route(login('fout-1', other))).status).toBe(200)
    expect((await route(login('juist-wachtwoord', other))).status).toBe(200)
    expect((await route(login('fout-2', other))).status).toBe(200)
    expect((await route(login('fout-3', other))).status).toBe(200)
    expect(calls).toBe(6)
  })

  it('does not count queries that are not logins', async () => {
    const throttle = new LoginThrottle({ perAddress: 1, perAddressWindowSeconds: 60, overall: 1000, overallWindowSeconds: 60 })
    const route = guardGraphQL(async () => Response.json({ errors: [{ message: 'fout' }] }), { enabled: () => true, throttle })
    const request = () =>
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.8.8.8' },
        body: JSON.stringify({ query: '{ Pages(limit: 1) { totalDocs } }' }),
      })
    for (let i = 0; i < 3; i++) expect((await route(request())).status).toBe(200)
  })
})

describe("Payload's GraphQL schema with the portal's validation rules", () => {
  let previous: string | undefined

  // Registered before usePayload: the config reads the switch when Payload boots.
  beforeAll(async () => {
    previous = process.env.GRAPHQL_ENABLED
    process.env.GRAPHQL_ENABLED = 'true'
  })
  afterAll(async () => {
    if (previous === undefined) delete process.env.GRAPHQL_ENABLED
    else process.env.GRAPHQL_ENABLED = previous
  })
  const portal = usePayload(sqlite)

  const validateQuery = (source: string) => {
    const { schema, validationRules } = configToSchema(portal.payload.config)
    const document = parse(source)
    return validate(schema, document, [...specifiedRules, ...validationRules({ variableValues: {} } as never)])
  }

  it('sets maxComplexity and adds the field limit rule', () => {
    expect(portal.payload.config.graphQL.maxComplexity).toBe(GRAPHQL_LIMITS.maxComplexity)
    expect(validateQuery('{ Pages(limit: 5) { docs { title slug } totalDocs } }')).toEqual([])
    const errors = validateQuery(repeated(GRAPHQL_LIMITS.maxFields + 1))
    expect(errors.map((error) => error.message)).toContain(
      `De GraphQL-query vraagt te veel velden op (maximaal ${GRAPHQL_LIMITS.maxFields}).`,
    )
  })

  it('is off in the default configuration', async () => {
    delete process.env.GRAPHQL_ENABLED
    const { portalConfig } = await import('../../../payload.config')
    const config = await portalConfig({ databaseUri: 'file::memory:', seedOnEmpty: false })
    expect(config.graphQL.disable).toBe(true)
    process.env.GRAPHQL_ENABLED = 'true'
  })
})
