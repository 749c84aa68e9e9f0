import { AsyncLocalStorage } from 'node:async_hooks'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { EntityRules, Expectation, MatrixRole, Operation } from '../../src/access/matrix'
import { type Adapter, adapters, type Side, unique, type World } from '../helpers/accessFixtures'
import { interleaved, MATRIX_CELLS, oneAtATimePerKey, visibleOn } from '../helpers/matrixCells'
import { api, postLogin, type Session } from './helpers/api'
import { bySlug, connect, type Doc, type Http, isRefusal, query, upload } from './helpers/accessHttp'

/**
 * The access matrix again, now over HTTP against the production server with real logins of the
 * seeded demo accounts: REST as the admin and the site use it, plus what a visitor can reach
 * elsewhere (GraphQL, search, sitemap, feed) and the cross-scope attempts of the issue.
 */

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')

let http: Http
let world: World
let bySlugAdapter: Map<string, Adapter>

const ACCOUNT: Record<Exclude<MatrixRole, 'anonymous'>, keyof Http['sessions']> = {
  admin: 'admin',
  redacteur: 'redacteur',
  regioredacteur: 'regioredacteur',
  trainer: 'trainer',
  werver: 'werver',
  professional: 'professional',
}
const sessionOf = (role: MatrixRole): Session | undefined => (role === 'anonymous' ? undefined : http.sessions[ACCOUNT[role]])
const admin = () => http.sessions.admin

type Made = { collection: string; id: Doc['id'] }
/**
 * Made by the tests and removed afterwards by the admin: a matrix cell's own documents when it
 * ends (each cell runs with a list of its own, see `cellDocs`), the rest at the end; `kept` at
 * the very end.
 */
let made: Made[] = []
const kept: Made[] = []
const cellDocs = new AsyncLocalStorage<Made[]>()
/** Where a document made now is written down: the running cell's list, or the file's. */
const track = (doc: Made) => (cellDocs.getStore() ?? made).push(doc)

async function removeMade(list: Made[] = made): Promise<void> {
  for (const { collection, id } of list.reverse()) {
    const { data } = await api<Doc>(baseUrl, `/api/${collection}/${id}?depth=0`, { session: admin() })
    await api(baseUrl, `/api/${collection}/${id}`, { session: admin(), method: 'DELETE' })
    if (data && typeof data === 'object') bySlugAdapter?.get(collection)?.release?.(data)
  }
  list.length = 0
}

// The server answers one request while the next is on its way.
const oneAtATimePer = oneAtATimePerKey()

/** Payload's drafts, as the REST API takes them: the `draft` query flag and the `_status` field. */
async function createAsAdmin(adapter: Adapter, data: Record<string, unknown>, draftOnly: boolean): Promise<Doc> {
  if (adapter.slug === 'media') {
    const { status, data: body } = await upload(http, admin(), data)
    if (status !== 201 || !body.doc) throw new Error(`admin upload failed: ${status}`)
    track({ collection: 'media', id: body.doc.id })
    return body.doc
  }
  if (adapter.slug === 'registrations') {
    // Registrations come in through the public form only; then the admin looks the new one up.
    const { status } = await api(baseUrl, '/api/registrations', {
      method: 'POST',
      body: { session: data.session, name: data.name, email: data.email, organisation: data.organisation, function: data.function, consent: true },
    })
    if (status !== 201) throw new Error(`registering failed: ${status}`)
    const found = await api<{ docs: Doc[] }>(baseUrl, `/api/registrations?${query({ 'where[email][equals]': String(data.email), depth: 0 })}`, { session: admin() })
    const doc = found.data.docs[0]
    track({ collection: 'registrations', id: doc.id })
    return doc
  }
  const body = adapter.drafts ? { ...data, _status: draftOnly ? 'draft' : 'published' } : data
  const { status, data: result } = await api<{ doc: Doc; errors?: unknown }>(
    baseUrl,
    `/api/${adapter.slug}?${query({ draft: adapter.drafts && draftOnly ? true : undefined, depth: 0 })}`,
    { session: admin(), method: 'POST', body },
  )
  if (status !== 201) throw new Error(`admin could not create ${adapter.slug}: ${status} ${JSON.stringify(result)}`)
  track({ collection: adapter.slug, id: result.doc.id })
  return result.doc
}

async function makeDoc(adapter: Adapter, side: Side, role: MatrixRole, state: 'published' | 'draft' | 'published+draft') {
  const marker = unique('concept')
  const data = await adapter.data(world, side, role)
  if (adapter.slug === 'users' && side === 'A' && role !== 'admin' && role !== 'anonymous') {
    return { doc: { id: http.ids[ACCOUNT[role]] } as Doc, marker }
  }
  if (adapter.slug === 'regions' && side === 'A' && role === 'regioredacteur') {
    // The editor's own region is the seeded Achterhoek: a newer draft on top of it.
    if (state !== 'published') await patch(admin(), adapter, world.regions.A.id, adapter.change(marker), true)
    return { doc: world.regions.A, marker }
  }
  const draftOnly = adapter.drafts && state === 'draft'
  const doc = await createAsAdmin(adapter, draftOnly ? { ...data, ...adapter.change(marker) } : data, draftOnly)
  if (adapter.drafts && state === 'published+draft') await patch(admin(), adapter, doc.id, adapter.change(marker), true)
  return { doc, marker }
}

function patch(session: Session | undefined, adapter: Adapter, id: Doc['id'], body: Record<string, unknown>, draft: boolean) {
  return api<{ doc?: Doc; errors?: { message: string }[] }>(baseUrl, `/api/${adapter.slug}/${id}?${query({ draft: adapter.drafts && draft ? true : undefined, depth: 0 })}`, {
    session,
    method: 'PATCH',
    body,
  })
}

async function stored(adapter: Adapter, id: Doc['id'], draft = true): Promise<Doc | null> {
  const { status, data } = await api<Doc>(baseUrl, `/api/${adapter.slug}/${id}?${query({ draft: adapter.drafts && draft ? true : undefined, depth: 0 })}`, {
    session: admin(),
  })
  return status === 200 ? data : null
}

/**
 * The document an update or delete is tried on: for building blocks the seed's first one (the
 * eight are fixed), for the others the one `make` creates.
 */
async function target(adapter: Adapter, make: () => Promise<{ doc: Doc }>): Promise<Doc> {
  if (adapter.slug !== 'building-blocks') return (await make()).doc
  return (await api<{ docs: Doc[] }>(baseUrl, '/api/building-blocks?limit=1&depth=0')).data.docs[0]
}

function expectStatus(status: number, allowed: boolean, what: string) {
  if (allowed) expect(status, what).toBeLessThan(300)
  else expect(isRefusal(status), `${what}: ${status}`).toBe(true)
}

/** Cells that are not tried over HTTP, and why (the Local API matrix covers them). */
function notOverHttp(entity: EntityRules, role: MatrixRole, operation: Operation, expected: Expectation): string | null {
  if (entity.slug === 'building-blocks' && (operation === 'readDraft' || operation === 'publish' || (expected !== 'deny' && operation !== 'read'))) {
    return 'de acht bouwstenen van de seed liggen vast; werkwijzen hebben dezelfde regels'
  }
  if (entity.slug === 'registrations' && operation === 'create') return 'inschrijven gaat via het formulier (POST /api/registrations)'
  if (['audit-log', 'search-changes', 'mail-receipts', 'payload-jobs', 'payload-kv', 'payload-migrations'].includes(entity.slug) && operation !== 'read' && operation !== 'create') {
    return 'geen documenten om te wijzigen over HTTP'
  }
  if (entity.slug === 'payload-preferences' && operation !== 'read') return 'voorkeuren: zie de aparte test'
  // Added this session; the Local API matrix (tests/int/access/matrix) asserts every cell of them
  // on SQLite and PostgreSQL. Over HTTP they need fixtures of their own (a multipart upload for
  // documents, rows only the server writes for alerts and search statistics): not yet written.
  if (entity.slug === 'documents') return 'documenten: uploads, zie tests/int/documents en de Local API-matrix'
  if (/^alert-|^search-best-bets$|^search-query-stats$/.test(entity.slug)) return 'alleen de server schrijft hier; zie de Local API-matrix'
  // Only the form's handler stores feedback (nobody creates it over the API, not even an admin), so
  // there is no fixture to read or change over HTTP; tests/int/feedback and the Local API matrix do.
  if (entity.slug === 'feedback' && operation !== 'create') return 'alleen het formulier schrijft hier; zie tests/int/feedback'
  if (entity.slug === 'payload-locked-documents' && role === 'anonymous' && operation !== 'read') return null
  return null
}

async function checkCollection(adapter: Adapter, role: MatrixRole, operation: Operation, expected: Expectation) {
  const session = sessionOf(role)
  const what = (side: Side | '') => `${role} ${operation} ${adapter.slug}${side ? ` (${side})` : ''}`
  switch (operation) {
    case 'create': {
      const data = await adapter.data(world, 'A', role)
      if (adapter.slug === 'media') {
        const { status, data: body } = await upload(http, session, data)
        if (body.doc) track({ collection: 'media', id: body.doc.id })
        return expectStatus(status, expected !== 'deny', what('A'))
      }
      const body = adapter.drafts ? { ...data, _status: 'draft' } : data
      const { status, data: result } = await api<{ doc?: Doc }>(baseUrl, `/api/${adapter.slug}?${query({ draft: adapter.drafts || undefined, depth: 0 })}`, {
        session,
        method: 'POST',
        body,
      })
      if (result?.doc) track({ collection: adapter.slug, id: result.doc.id })
      expectStatus(status, expected !== 'deny', what('A'))
      if (expected === 'own') {
        const other = await api<{ doc?: Doc }>(baseUrl, `/api/${adapter.slug}?${query({ draft: adapter.drafts || undefined, depth: 0 })}`, {
          session,
          method: 'POST',
          body: { ...(await adapter.data(world, 'B', role)), ...(adapter.drafts ? { _status: 'draft' } : {}) },
        })
        if (other.data?.doc) {
          track({ collection: adapter.slug, id: other.data.doc.id })
          expect(adapter.inScope?.(world, (await stored(adapter, other.data.doc.id)) as Doc, role), `${what('B')} landed outside the own scope`).toBe(true)
        }
      }
      return
    }
    case 'read': {
      const docs =
        adapter.slug === 'building-blocks'
          ? (await api<{ docs: Doc[] }>(baseUrl, '/api/building-blocks?limit=2&depth=0')).data.docs
          : [(await makeDoc(adapter, 'A', role, 'published')).doc, (await makeDoc(adapter, 'B', role, 'published')).doc]
      for (const [index, side] of (['A', 'B'] as const).entries()) {
        const { status } = await api(baseUrl, `/api/${adapter.slug}/${docs[index].id}?depth=0`, { session })
        expectStatus(status, visibleOn(expected, side), what(side))
      }
      return
    }
    case 'readDraft': {
      for (const side of ['A', 'B'] as const) {
        const id = adapter.slug === 'training-sessions' ? world.draftSessions[side].id : undefined
        const { doc, marker } = id ? { doc: { id } as Doc, marker: '' } : await makeDoc(adapter, side, role, 'draft')
        const sees = (found: Doc) => (id ? true : adapter.shows(found, marker))
        const byId = await api<Doc>(baseUrl, `/api/${adapter.slug}/${doc.id}?draft=true&depth=0`, { session })
        expect(byId.status === 200 && sees(byId.data), `${what(side)} by id`).toBe(visibleOn(expected, side))
        if (!visibleOn(expected, side)) {
          for (const draft of [true, false]) {
            const list = await api<{ docs?: Doc[] }>(baseUrl, `/api/${adapter.slug}?${query({ 'where[id][equals]': doc.id, draft, depth: 2 })}`, { session })
            expect((list.data.docs ?? []).some(sees), `${what(side)} in a list (draft: ${draft})`).toBe(false)
          }
        }
      }
      return
    }
    case 'update': {
      for (const side of ['A', 'B'] as const) {
        const allowed = visibleOn(expected, side)
        const doc = await target(adapter, () => makeDoc(adapter, side, role, 'published'))
        const marker = unique('wijziging')
        const { status } = await patch(session, adapter, doc.id, adapter.change(marker), true)
        expectStatus(status, allowed, what(side))
        const after = await stored(adapter, doc.id)
        expect(Boolean(after && adapter.shows(after, marker)), `${what(side)}: stored`).toBe(allowed)
      }
      return
    }
    case 'delete': {
      for (const side of ['A', 'B'] as const) {
        const allowed = visibleOn(expected, side)
        const doc = await target(adapter, async () =>
          allowed ? { doc: await createAsAdmin(adapter, await adapter.data(world, side, role), false) } : makeDoc(adapter, side, role, 'published'),
        )
        const { status } = await api(baseUrl, `/api/${adapter.slug}/${doc.id}`, { session, method: 'DELETE' })
        expectStatus(status, allowed, what(side))
        expect(Boolean(await stored(adapter, doc.id)), `${what(side)}: still there`).toBe(!allowed)
      }
      return
    }
    case 'publish': {
      if (expected === 'review') {
        const { doc } = await makeDoc(adapter, 'A', role, 'draft')
        const author = http.sessions.redacteur
        const marker = unique('door-auteur')
        expect((await patch(author, adapter, doc.id, adapter.change(marker), true)).status).toBe(200)
        expect((await patch(author, adapter, doc.id, { review: { state: 'ter-beoordeling' } }, true)).status).toBe(200)
        const own = await patch(author, adapter, doc.id, { _status: 'published' }, false)
        expect(own.status).toBe(403)
        expect(JSON.stringify(own.data)).toMatch(/vier-ogenprincipe/)
        const other = await patch(http.sessions.redacteur2, adapter, doc.id, { _status: 'published' }, false)
        expect(other.status).toBe(200)
        const live = await api<Doc>(baseUrl, `/api/${adapter.slug}/${doc.id}?depth=0`)
        expect(live.status).toBe(200)
        expect(adapter.shows(live.data, marker)).toBe(true)
        return
      }
      for (const side of ['A', 'B'] as const) {
        const allowed = visibleOn(expected, side)
        const { doc, marker } = await makeDoc(adapter, side, role, adapter.slug === 'regions' && side === 'A' && role === 'regioredacteur' ? 'published+draft' : 'draft')
        const { status } = await patch(session, adapter, doc.id, { _status: 'published' }, false)
        expectStatus(status, allowed, what(side))
        // What a visitor gets now.
        const live = await api<Doc>(baseUrl, `/api/${adapter.slug}/${doc.id}?depth=0`)
        expect(live.status === 200 && adapter.shows(live.data, marker), `${what(side)}: live`).toBe(allowed)
      }
      return
    }
  }
}

async function checkInternal(entity: EntityRules, role: MatrixRole, operation: Operation, expected: Expectation) {
  const session = sessionOf(role)
  const path = entity.kind === 'global' ? `/api/globals/${entity.slug}` : `/api/${entity.slug}`
  if (entity.slug === 'payload-preferences') {
    const key = unique('voorkeur')
    const set = await api(baseUrl, `/api/payload-preferences/${key}`, { session, method: 'POST', body: { value: { mine: role } } })
    expectStatus(set.status, expected !== 'deny', `${role} sets a preference`)
    if (expected === 'deny') return
    const mine = await api<{ value?: { mine?: string } }>(baseUrl, `/api/payload-preferences/${key}`, { session })
    expect(mine.data.value?.mine).toBe(role)
    // Another account asking for the same key gets its own (none), never this one.
    const otherSession = role === 'professional' ? http.sessions.redacteur : http.sessions.professional
    const theirs = await api<{ value?: { mine?: string } }>(baseUrl, `/api/payload-preferences/${key}`, { session: otherSession })
    expect(theirs.data?.value?.mine).toBeUndefined()
    return
  }
  if (operation === 'read') {
    const { status } = await api(baseUrl, path, { session })
    if (entity.slug === 'payload-migrations') return expect([404, 501]).toContain(status)
    return expectStatus(status, expected !== 'deny', `${role} reads ${entity.slug}`)
  }
  if (operation === 'create') {
    const { status } = await api(baseUrl, path, { session, method: 'POST', body: entity.slug === 'payload-locked-documents' ? { globalSlug: unique('x') } : { x: 1 } })
    if (entity.slug === 'payload-migrations') return expect([404, 501]).toContain(status)
    return expectStatus(status, expected !== 'deny', `${role} creates ${entity.slug}`)
  }
  if (entity.kind === 'global') {
    const { status } = await api(baseUrl, path, { session, method: 'POST', body: { stats: { test: unique('x') } } })
    return expectStatus(status, expected !== 'deny', `${role} ${operation} ${entity.slug}`)
  }
}

/** The published globals as the seed left them, put back after the tests changed them. */
const seededGlobals = new Map<string, Doc>()
/** The regional editor's own region gets drafts and a publication; its summary is put back. */
let seededRegion: Doc

async function checkGlobal(entity: EntityRules, role: MatrixRole, operation: Operation, expected: Expectation) {
  if (entity.slug === 'payload-jobs-stats') return checkInternal(entity, role, operation, expected)
  const session = sessionOf(role)
  const slug = entity.slug
  const drafts = slug !== 'site'
  const field = drafts ? 'summary' : 'tagline'
  const allowed = expected === 'allow'
  const what = `${role} ${operation} ${slug}`
  const path = (draft?: boolean) => `/api/globals/${slug}?${query({ draft: draft ? true : undefined, depth: 0 })}`
  const live = async () => (await api<Doc>(baseUrl, path())).data
  const latest = async () => (await api<Doc>(baseUrl, path(drafts), { session: admin() })).data
  const saveDraft = (who: Session, value: string | Record<string, unknown>) =>
    api(baseUrl, path(true), { session: who, method: 'POST', body: typeof value === 'string' ? { [field]: value } : value })
  switch (operation) {
    case 'read':
      return expectStatus((await api(baseUrl, path(), { session })).status, allowed, what)
    case 'readDraft': {
      const marker = unique('concept')
      await saveDraft(admin(), marker)
      const { status, data } = await api<Doc>(baseUrl, path(true), { session })
      expect(status === 200 && data[field] === marker, what).toBe(allowed)
      return
    }
    case 'update': {
      const marker = unique('wijziging')
      const { status } = await api(baseUrl, path(drafts), { session, method: 'POST', body: { [field]: marker } })
      expectStatus(status, allowed, what)
      expect((await latest())[field] === marker, `${what}: stored`).toBe(allowed)
      return
    }
    case 'publish': {
      const marker = unique('concept')
      if (expected === 'review') {
        const author = http.sessions.redacteur
        expect((await saveDraft(author, marker)).status).toBe(200)
        expect((await saveDraft(author, { review: { state: 'ter-beoordeling' } })).status).toBe(200)
        const own = await api(baseUrl, path(), { session: author, method: 'POST', body: { _status: 'published' } })
        expect(own.status).toBe(403)
        expect((await live())[field]).not.toBe(marker)
        const other = await api(baseUrl, path(), { session: http.sessions.redacteur2, method: 'POST', body: { _status: 'published' } })
        expect(other.status).toBe(200)
        expect((await live())[field]).toBe(marker)
        return
      }
      await saveDraft(admin(), marker)
      const { status } = await api(baseUrl, path(), { session, method: 'POST', body: { _status: 'published' } })
      expectStatus(status, allowed, what)
      expect((await live())[field] === marker, `${what}: live`).toBe(allowed)
      return
    }
  }
}

const INTERNAL = new Set(['audit-log', 'search-changes', 'mail-receipts', 'payload-jobs', 'payload-kv', 'payload-migrations', 'payload-preferences'])

const cells = MATRIX_CELLS.filter((cell) => cell.expected !== 'n/a')
const overHttp = cells.filter((cell) => !notOverHttp(cell.entity, cell.role, cell.operation, cell.expected))
console.log(`[access-e2e] ${overHttp.length} van de ${cells.length} cellen van de matrix over HTTP; de rest dekt de Local API-matrix`)

describe('access over HTTP against the production server', () => {
  beforeAll(async () => {
    http = await connect(baseUrl, demoPassword)
    const regions = { A: await bySlug(http, 'regions', 'achterhoek'), B: await bySlug(http, 'regions', 'rivierenland') }
    const organisations = {
      A: await bySlug(http, 'organisations', 'jeugdbescherming-gelderland'),
      B: await bySlug(http, 'organisations', 'veilig-thuis-gelderland-midden'),
    }
    const indicators = (await api<{ docs: Doc[] }>(baseUrl, '/api/indicators?limit=100&depth=0')).data.docs
    const blocks = (await api<{ docs: Doc[] }>(baseUrl, '/api/building-blocks?limit=100&depth=0')).data.docs
    const partial = {
      payload: undefined as never,
      users: {
        admin: { id: http.ids.admin },
        redacteur: { id: http.ids.redacteur },
        redacteur2: { id: http.ids.redacteur2 },
        regioredacteur: { id: http.ids.regioredacteur },
        regioredacteur2: { id: http.ids.regioredacteur2 },
        trainer: { id: http.ids.trainer },
        trainer2: { id: http.ids.trainer2 },
        werver: { id: http.ids.werver },
        werver2: { id: http.ids.werver2 },
        professional: { id: http.ids.professional },
      },
      regions,
      organisations,
      indicator: indicators[0],
    } as unknown as World
    world = partial
    const all = adapters({ taken: { blocks: blocks.map((b) => Number(b.number)), indicators: indicators.map((i) => Number(i.number)) } })
    bySlugAdapter = new Map(all.map((adapter) => [adapter.slug, adapter]))
    const trainingsAdapter = bySlugAdapter.get('trainings') as Adapter
    const sessionsAdapter = bySlugAdapter.get('training-sessions') as Adapter
    const training = async (side: Side, published: boolean) => createAsAdmin(trainingsAdapter, await trainingsAdapter.data(world, side, 'admin'), !published)
    world.trainings = { A: await training('A', true), B: await training('B', true) }
    world.draftTrainings = { A: await training('A', false), B: await training('B', false) }
    world.sessions = {
      A: await createAsAdmin(sessionsAdapter, await sessionsAdapter.data(world, 'A', 'admin'), false),
      B: await createAsAdmin(sessionsAdapter, await sessionsAdapter.data(world, 'B', 'admin'), false),
    }
    const draftSession = async (side: Side) => createAsAdmin(sessionsAdapter, { ...(await sessionsAdapter.data(world, side, 'admin')), training: world.draftTrainings[side].id }, false)
    world.draftSessions = { A: await draftSession('A'), B: await draftSession('B') }
    kept.push(...made)
    made = []
    for (const slug of ['vision', 'escalation-model', 'site']) seededGlobals.set(slug, (await api<Doc>(baseUrl, `/api/globals/${slug}?depth=0`)).data)
    seededRegion = regions.A
  })

  afterAll(async () => {
    if (!http) return
    // Leave the portal as the seed made it for the specs that follow.
    for (const [slug, doc] of seededGlobals) {
      const { id: _id, createdAt: _c, updatedAt: _u, globalType: _g, review: _r, ...content } = doc
      await api(baseUrl, `/api/globals/${slug}`, { session: admin(), method: 'POST', body: slug === 'site' ? content : { ...content, _status: 'published' } })
    }
    await api(baseUrl, `/api/regions/${seededRegion.id}`, { session: admin(), method: 'PATCH', body: { summary: seededRegion.summary ?? null, _status: 'published' } })
    await removeMade()
    for (const { collection, id } of kept.reverse()) await api(baseUrl, `/api/${collection}/${id}`, { session: admin(), method: 'DELETE' })
  })

  describe.concurrent('the matrix', () => {
    for (const { entity, role, operation, expected } of interleaved(overHttp)) {
      it(`${role} · ${entity.slug} · ${operation} → ${expected}`, () =>
        oneAtATimePer(entity.slug, async () => {
          const own: Made[] = []
          await cellDocs.run(own, async () => {
            try {
              if (entity.kind === 'global') return await checkGlobal(entity, role, operation, expected)
              if (INTERNAL.has(entity.slug)) return await checkInternal(entity, role, operation, expected)
              const adapter = bySlugAdapter.get(entity.slug)
              if (!adapter) throw new Error(`no fixtures for ${entity.slug}`)
              return await checkCollection(adapter, role, operation, expected)
            } finally {
              await removeMade(own)
            }
          })
        }),
      )
    }
  })

  describe('cross-scope attempts leave the data unchanged', () => {
    const adapterOf = (slug: string) => bySlugAdapter.get(slug) as Adapter

    it('the Achterhoek editor can neither change a Rivierenland agreement nor move one', async () => {
      const agreements = adapterOf('local-agreements')
      const theirs = await createAsAdmin(agreements, await agreements.data(world, 'B', 'admin'), false)
      const mine = await createAsAdmin(agreements, await agreements.data(world, 'A', 'admin'), false)
      const editor = http.sessions.regioredacteur
      expect(isRefusal((await patch(editor, agreements, theirs.id, { title: 'Overgenomen' }, false)).status)).toBe(true)
      expect(isRefusal((await patch(editor, agreements, theirs.id, { region: world.regions.A.id }, false)).status)).toBe(true)
      await patch(editor, agreements, mine.id, { region: world.regions.B.id }, false)
      const bulk = await api(baseUrl, `/api/local-agreements?${query({ 'where[id][in]': `${theirs.id},${mine.id}`, depth: 0 })}`, {
        session: editor,
        method: 'PATCH',
        body: { summary: 'In bulk' },
      })
      expect(bulk.status).toBeLessThan(500)
      const after = (await stored(agreements, theirs.id)) as Doc
      expect(after).toMatchObject({ title: theirs.title, region: world.regions.B.id })
      expect(after.summary ?? null).toBeNull()
      expect(((await stored(agreements, mine.id)) as Doc).region).toBe(world.regions.A.id)
    })

    it('a werver cannot edit another organisation’s vacancy', async () => {
      const vacancies = adapterOf('vacancies')
      const theirs = await createAsAdmin(vacancies, await vacancies.data(world, 'B', 'admin'), false)
      expect(isRefusal((await patch(http.sessions.werver, vacancies, theirs.id, { title: 'Gekaapt' }, false)).status)).toBe(true)
      expect(isRefusal((await api(baseUrl, `/api/vacancies/${theirs.id}`, { session: http.sessions.werver, method: 'DELETE' })).status)).toBe(true)
      expect(((await stored(vacancies, theirs.id)) as Doc).title).toBe(theirs.title)
    })

    it('a trainer cannot read another trainer’s registrations', async () => {
      const registrations = adapterOf('registrations')
      const theirs = await createAsAdmin(registrations, await registrations.data(world, 'B', 'admin'), false)
      const trainer = http.sessions.trainer
      expect(isRefusal((await api(baseUrl, `/api/registrations/${theirs.id}`, { session: trainer })).status)).toBe(true)
      const list = await api<{ docs?: Doc[] }>(baseUrl, `/api/registrations?limit=100&depth=0`, { session: trainer })
      expect((list.data.docs ?? []).map((doc) => doc.id)).not.toContain(theirs.id)
      const csv = await fetch(`${baseUrl}/api/registrations/export.csv?session=${world.sessions.B.id}`, { headers: { Authorization: `JWT ${trainer.token}` } })
      expect(await csv.text()).not.toContain(String(theirs.email))
      expect(isRefusal((await patch(trainer, registrations, theirs.id, { status: 'attended' }, false)).status)).toBe(true)
      expect(((await stored(registrations, theirs.id)) as Doc).status).toBe('confirmed')
    })

    it('a professional cannot raise their own role', async () => {
      const me = http.ids.professional
      const { status } = await api(baseUrl, `/api/users/${me}`, { session: http.sessions.professional, method: 'PATCH', body: { role: 'admin' } })
      expect(status).toBeLessThan(500)
      const after = await api<Doc>(baseUrl, `/api/users/${me}?depth=0`, { session: admin() })
      expect(after.data.role).toBe('professional')
      expect(isRefusal((await api(baseUrl, `/api/users/${http.ids.admin}`, { session: http.sessions.professional })).status)).toBe(true)
    })
  })

  describe('drafts and personal data stay out of every public answer', () => {
    let draft: Doc
    let draftTitle: string
    let draftVacancy: Doc

    beforeAll(async () => {
      const methods = bySlugAdapter.get('working-methods') as Adapter
      draftTitle = `Geheimwerkwijze ${unique('x')}`
      draft = await createAsAdmin(methods, { title: draftTitle, summary: 'Nog niet openbaar' }, true)
      const vacancies = bySlugAdapter.get('vacancies') as Adapter
      draftVacancy = await createAsAdmin(vacancies, { ...(await vacancies.data(world, 'A', 'admin')), title: `Conceptvacature ${unique('x')}` }, true)
    })

    it('REST: not by id, not by slug, not in a list, not through population at depth 2', async () => {
      expect(isRefusal((await api(baseUrl, `/api/working-methods/${draft.id}`)).status)).toBe(true)
      expect(isRefusal((await api(baseUrl, `/api/working-methods/${draft.id}?draft=true`)).status)).toBe(true)
      for (const params of [{ 'where[slug][equals]': String(draft.slug) }, { 'where[slug][equals]': String(draft.slug), draft: true }, { limit: 500, depth: 2 }]) {
        const { data } = await api(baseUrl, `/api/working-methods?${query(params)}`)
        expect(JSON.stringify(data)).not.toContain(draftTitle)
      }
      const organisations = bySlugAdapter.get('organisations') as Adapter
      const draftOrg = await createAsAdmin(organisations, { title: `Conceptorganisatie ${unique('x')}`, type: 'gi' }, true)
      const agreements = bySlugAdapter.get('local-agreements') as Adapter
      const agreement = await createAsAdmin(agreements, { ...(await agreements.data(world, 'A', 'admin')), partners: [draftOrg.id] }, false)
      const populated = await api(baseUrl, `/api/local-agreements/${agreement.id}?depth=2`)
      expect(populated.status).toBe(200)
      expect(JSON.stringify(populated.data)).not.toContain(String(draftOrg.title))
      const training = await api(baseUrl, `/api/trainings/${world.trainings.A.id}?depth=2`)
      expect(JSON.stringify(training.data)).not.toMatch(/@example\.org/)
      expect(JSON.stringify(training.data)).not.toMatch(/"hash"|"salt"/)
    })

    it('GraphQL: no drafts, no versions, no accounts', async () => {
      const graphql = async (queryText: string, session?: Session) => {
        const response = await fetch(`${baseUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(session ? { Authorization: `JWT ${session.token}` } : {}) },
          body: JSON.stringify({ query: queryText }),
        })
        return JSON.stringify(await response.json())
      }
      const list = await graphql(`{ WorkingMethods(where: { slug: { equals: "${draft.slug}" } }, draft: true) { docs { id title } } }`)
      expect(list).not.toContain(draftTitle)
      expect(await graphql(`{ WorkingMethod(id: ${draft.id}, draft: true) { title } }`)).not.toContain(draftTitle)
      expect(await graphql(`{ versionsWorkingMethods { docs { version { title } } } }`)).not.toContain(draftTitle)
      expect(await graphql(`{ versionsWorkingMethods { docs { version { title } } } }`, http.sessions.professional)).not.toContain(draftTitle)
      const users = await graphql(`{ Users { docs { email } } }`)
      expect(users).not.toMatch(/@example\.org/)
      const trainers = await graphql(`{ Trainings(limit: 50) { docs { trainers { email } } } }`)
      expect(trainers).not.toMatch(/@example\.org/)
    })

    it('search, sitemap and feed show only what is published', async () => {
      const search = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('Geheimwerkwijze')}`)
      if (search.status !== 404) expect(await search.text()).not.toContain(draftTitle)
      const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
      expect(sitemap).toContain('<urlset')
      expect(sitemap).not.toContain(String(draft.slug))
      expect(sitemap).not.toContain(String(draftVacancy.slug))
      const feed = await (await fetch(`${baseUrl}/vacatures/feed.xml`)).text()
      expect(feed).toContain('<rss')
      expect(feed).not.toContain(String(draftVacancy.title))
      expect(feed).not.toMatch(/werving-[a-z]+@example\.org/)
    })
  })

  describe('logins', () => {
    it('sets the cookie Secure, HttpOnly and SameSite=Lax in production', async () => {
      const response = await postLogin(baseUrl, 'professional@example.org', demoPassword)
      expect(response.status).toBe(200)
      const cookie = response.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/payload-token=/)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
    })

    it('ignores the login cookie on a request from another site (CSRF)', async () => {
      const cookie = `payload-token=${http.sessions.redacteur.token}`
      const me = async (headers: Record<string, string>) =>
        ((await (await fetch(`${baseUrl}/api/users/me`, { headers: { Cookie: cookie, ...headers } })).json()) as { user: Doc | null }).user?.id ?? null
      expect(await me({ Origin: new URL(baseUrl).origin })).toBe(http.ids.redacteur)
      expect(await me({ Origin: 'https://aanvaller.example' })).toBeNull()
      expect(await me({})).toBeNull()
      const write = await fetch(`${baseUrl}/api/pages`, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: 'https://aanvaller.example', 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Via een andere site' }),
      })
      expect(isRefusal(write.status)).toBe(true)
    })

    it('locks an account after five failures, asks for 12 characters, and writes it all to the audit log', async () => {
      const email = `${unique('slot')}@example.org`
      const short = await api<{ errors?: { data?: { errors?: { message: string }[] } }[] }>(baseUrl, '/api/users', {
        session: admin(),
        method: 'POST',
        body: { email, password: 'kort-123', role: 'professional' },
      })
      expect(short.status).toBe(400)
      expect(JSON.stringify(short.data)).toContain('minstens 12 tekens')
      const created = await api<{ doc: Doc }>(baseUrl, '/api/users', { session: admin(), method: 'POST', body: { email, password: 'een-lang-e2e-wachtwoord', role: 'professional' } })
      expect(created.status).toBe(201)
      const attempt = (password: string) => postLogin(baseUrl, email, password)
      for (let i = 0; i < 5; i++) expect((await attempt('verkeerd-wachtwoord-1')).status).toBe(401)
      expect((await attempt('een-lang-e2e-wachtwoord')).status).toBe(401)
      const log = await api<{ docs: Doc[] }>(baseUrl, `/api/audit-log?${query({ 'where[actorEmail][equals]': email, limit: 20 })}`, { session: admin() })
      const details = log.data.docs.map((entry) => `${entry.action}: ${entry.detail}`)
      expect(details).toContain('login-failed: e-mailadres of wachtwoord onjuist')
      expect(details).toContain('login-failed: account tijdelijk geblokkeerd na te veel mislukte pogingen')
      expect(isRefusal((await api(baseUrl, '/api/audit-log', { session: http.sessions.redacteur })).status)).toBe(true)
      const logins = await api<{ docs: Doc[] }>(baseUrl, `/api/audit-log?${query({ 'where[action][equals]': 'login', 'where[actorEmail][equals]': 'redactie@example.org' })}`, {
        session: admin(),
      })
      expect(logins.data.docs.length).toBeGreaterThan(0)
      await api(baseUrl, `/api/users/${created.data.doc.id}`, { session: admin(), method: 'DELETE' })
    })
  })
})
