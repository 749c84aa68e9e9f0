import { beforeAll, describe, expect, it } from 'vitest'

import {
  ACCESS_MATRIX,
  type EntityRules,
  type Expectation,
  MATRIX_ROLES,
  type MatrixRole,
  type Operation,
  OPERATIONS,
} from '../../../src/access/matrix'
import {
  actorOf,
  type Adapter,
  adapters,
  buildWorld,
  makeDoc,
  removeDoc,
  type Side,
  stored,
  systemOptions,
  unique,
  type World,
} from '../../helpers/accessFixtures'
import type { TestDatabase } from '../../helpers/databases'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { interleaved, MATRIX_CELLS, oneAtATimePerKey, visibleOn } from '../../helpers/matrixCells'
import { usePayload } from '../../helpers/usePayload'

/**
 * Every role × every collection and global × create / read / read draft / update / delete /
 * publish, asserted through the Local API as that user (overrideAccess: false) against the one
 * table in src/access/matrix.ts. "Own scope" cells are tried on a document inside the user's
 * scope and one outside it; denied attempts must also leave the data as it was.
 *
 * One spec file per database (matrix.spec.ts for SQLite and MongoDB,
 * matrix-postgres.spec.ts), so the two run side by side on two workers.
 */

type Doc = Record<string, unknown> & { id: number | string }
type Outcome = { ok: true; value: Doc } | { ok: false; error: unknown }

const cells = MATRIX_CELLS
const applicable = cells.filter((cell) => cell.expected !== 'n/a')
const tally = (value: Expectation) => applicable.filter((cell) => cell.expected === value).length
console.log(
  `[access-matrix] ${MATRIX_ROLES.length} rollen × ${ACCESS_MATRIX.length} collecties en globals × ${OPERATIONS.length} handelingen = ` +
    `${cells.length} cellen; ${applicable.length} van toepassing (${tally('allow')} toegestaan, ${tally('deny')} geweigerd, ` +
    `${tally('own')} alleen eigen bereik, ${tally('review')} vier ogen), per database`,
)

async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: (await run()) as Doc }
  } catch (error) {
    return { ok: false, error }
  }
}

/** A refusal is 401/403/404; anything else (a validation error) means the test data is wrong. */
function expectRefused(outcome: Outcome, what: string): void {
  expect(outcome.ok, `${what}: expected a refusal`).toBe(false)
  if (outcome.ok) return
  const status = (outcome.error as { status?: number }).status
  expect([401, 403, 404], `${what}: refused with ${status} ${(outcome.error as Error).message}`).toContain(status)
}

/**
 * Creating outside the own scope: refused by access (401/403/404), or by the scope check with its
 * own message on the scope field (src/access/forceScope.ts). Any other error means the attempt
 * failed for a reason that has nothing to do with the scope, which proves nothing.
 */
function expectScopeRefusal(outcome: Outcome, what: string): void {
  if (outcome.ok) return expect.fail(`${what}: expected a refusal`)
  const error = outcome.error as { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }
  if (error.status !== 400) return expectRefused(outcome, what)
  const errors = error.data?.errors ?? []
  expect(errors, `${what}: refused with ${error.message}`).toHaveLength(1)
  expect(errors[0]!.path, what).toMatch(/^(region|organisation)$/)
  expect(errors[0]!.message, what).toMatch(/^U kunt alleen opslaan voor uw eigen (regio|organisatie)\. Kies die, of laat het veld leeg\.$/)
}

function expectAllowed(outcome: Outcome, what: string): void {
  expect(outcome.ok, `${what}: ${outcome.ok ? '' : (outcome.error as Error).message}`).toBe(true)
}

function as(world: World, role: MatrixRole) {
  const user = actorOf(world, role)
  return { overrideAccess: false as const, depth: 0, ...(user ? { user: user as never } : {}) }
}

async function withDocs(world: World, adapter: Adapter, made: Doc[], run: () => Promise<void>) {
  try {
    await run()
  } finally {
    for (const doc of made) await removeDoc(world, adapter, doc)
  }
}

async function checkCollection(world: World, adapter: Adapter, role: MatrixRole, operation: Operation, expected: Expectation) {
  const { payload } = world
  const collection = adapter.slug as 'pages'
  const what = (side: Side | '') => `${role} ${operation} ${adapter.slug}${side ? ` (${side === 'A' ? 'eigen bereik' : 'ander bereik'})` : ''}`
  const made: Doc[] = []
  const make = async (side: Side, state: 'published' | 'draft' | 'published+draft', allowFixed = true) => {
    const result = await makeDoc(world, adapter, side, role, state, { allowFixed })
    if (result.made) made.push(result.doc)
    return result
  }

  await withDocs(world, adapter, made, async () => {
    switch (operation) {
      case 'create': {
        for (const side of expected === 'own' ? (['A', 'B'] as const) : (['A'] as const)) {
          const data = await adapter.data(world, side, role)
          // The attempt runs as the role, never as the owner a fixture would set.
          const { user: _owner, ...options } = adapter.createOptions?.(world, side, role) ?? {}
          const outcome = await attempt(() =>
            payload.create({
              collection,
              data: (adapter.drafts ? { ...data, _status: 'draft' } : data) as never,
              draft: adapter.drafts,
              ...options,
              ...as(world, role),
            }),
          )
          if (outcome.ok) made.push(outcome.value)
          else adapter.release?.(data as Doc)
          if (side === 'B') {
            // Outside the scope: refused, or pulled into the user's own scope.
            if (outcome.ok) {
              const doc = await stored(world, adapter, outcome.value.id)
              expect(adapter.inScope?.(world, doc as Doc, role), `${what('B')}: landed outside the own scope`).toBe(true)
            } else expectScopeRefusal(outcome, what('B'))
            continue
          }
          if (expected === 'deny') expectRefused(outcome, what(side))
          else expectAllowed(outcome, what(side))
        }
        return
      }
      case 'read': {
        const docs = { A: (await make('A', 'published')).doc, B: (await make('B', 'published')).doc }
        for (const side of ['A', 'B'] as const) {
          const outcome = await attempt(() => payload.findByID({ collection, id: docs[side].id, ...as(world, role) }))
          if (visibleOn(expected, side)) expectAllowed(outcome, what(side))
          else expectRefused(outcome, what(side))
        }
        const list = await attempt(() =>
          payload.find({ collection, where: { id: { in: [docs.A.id, docs.B.id] } }, ...as(world, role) }),
        )
        const count = list.ok ? (list.value as unknown as { docs: unknown[] }).docs.length : 0
        expect(count, `${what('')} as a list`).toBe((['A', 'B'] as const).filter((side) => visibleOn(expected, side)).length)
        return
      }
      case 'readDraft': {
        for (const side of ['A', 'B'] as const) {
          let id: number | string
          let sees: (doc: Doc) => boolean
          if (adapter.slug === 'training-sessions') {
            // A session of a training that is not published.
            id = world.draftSessions[side].id
            sees = () => true
          } else {
            const { doc, marker } = await make(side, 'draft')
            id = doc.id
            sees = (found) => adapter.shows(found, marker)
          }
          const byId = await attempt(() => payload.findByID({ collection, id, draft: true, ...as(world, role) }))
          const sawDraft = byId.ok && sees(byId.value)
          expect(sawDraft, `${what(side)} by id`).toBe(visibleOn(expected, side))
          for (const draft of [true, false]) {
            const list = await attempt(() => payload.find({ collection, where: { id: { equals: id } }, draft, ...as(world, role) }))
            const docs = list.ok ? ((list.value as unknown as { docs: Doc[] }).docs ?? []) : []
            const seen = docs.some((doc) => sees(doc))
            if (!visibleOn(expected, side)) expect(seen, `${what(side)} in a list (draft: ${draft})`).toBe(false)
          }
        }
        return
      }
      case 'update': {
        for (const side of ['A', 'B'] as const) {
          const { doc } = await make(side, 'published')
          const marker = unique('wijziging')
          const outcome = await attempt(() =>
            payload.update({ collection, id: doc.id, data: adapter.change(marker) as never, draft: adapter.drafts, ...as(world, role) }),
          )
          const allowed = visibleOn(expected, side)
          if (allowed) expectAllowed(outcome, what(side))
          else expectRefused(outcome, what(side))
          const after = await stored(world, adapter, doc.id)
          expect(Boolean(after && adapter.shows(after, marker)), `${what(side)}: stored change`).toBe(allowed)
        }
        return
      }
      case 'delete': {
        for (const side of ['A', 'B'] as const) {
          const allowed = visibleOn(expected, side)
          const { doc, made: fresh } = await make(side, 'published', !allowed)
          if (allowed && !fresh) throw new Error(`${what(side)}: would delete a shared fixture`)
          const outcome = await attempt(() => payload.delete({ collection, id: doc.id, ...as(world, role) }))
          if (allowed) expectAllowed(outcome, what(side))
          else expectRefused(outcome, what(side))
          const still = await stored(world, adapter, doc.id)
          expect(Boolean(still), `${what(side)}: document still there`).toBe(!allowed)
          if (!still) adapter.release?.(doc)
        }
        return
      }
      case 'publish': {
        if (expected === 'review') return checkSecondPairOfEyes(world, adapter, made)
        for (const side of ['A', 'B'] as const) {
          const { doc, marker } = await make(side, 'draft')
          const outcome = await attempt(() => payload.update({ collection, id: doc.id, data: { _status: 'published' } as never, ...as(world, role) }))
          const allowed = visibleOn(expected, side)
          if (allowed) expectAllowed(outcome, what(side))
          else expectRefused(outcome, what(side))
          const live = await stored(world, adapter, doc.id, false)
          expect(
            Boolean(live?._status === 'published' && adapter.shows(live, marker)),
            `${what(side)}: live (${live ? `${String(live._status)}, ${adapter.shows(live, marker) ? 'with' : 'without'} the change` : 'not found'})`,
          ).toBe(allowed)
        }
        return
      }
    }
  })
}

/** The author submits; the author cannot publish; another redacteur can. */
async function checkSecondPairOfEyes(world: World, adapter: Adapter, made: Doc[]) {
  const { payload } = world
  const collection = adapter.slug as 'pages'
  const { doc } = await makeDoc(world, adapter, 'A', 'redacteur', 'draft')
  made.push(doc)
  const author = { overrideAccess: false as const, depth: 0, user: world.users.redacteur as never }
  const reviewer = { overrideAccess: false as const, depth: 0, user: world.users.redacteur2 as never }
  const marker = unique('door-auteur')
  await payload.update({ collection, id: doc.id, data: adapter.change(marker) as never, draft: true, ...author })
  await payload.update({ collection, id: doc.id, data: { review: { state: 'ter-beoordeling' } } as never, draft: true, ...author })

  const own = await attempt(() => payload.update({ collection, id: doc.id, data: { _status: 'published' } as never, ...author }))
  expectRefused(own, `author publishes own ${adapter.slug}`)
  expect(String((own as { error?: Error }).error?.message)).toMatch(/vier-ogenprincipe/)
  expect((await stored(world, adapter, doc.id, false))?._status).toBe('draft')

  const other = await attempt(() => payload.update({ collection, id: doc.id, data: { _status: 'published' } as never, ...reviewer }))
  expectAllowed(other, `second redacteur publishes ${adapter.slug}`)
  const live = await stored(world, adapter, doc.id, false)
  expect(live?._status).toBe('published')
  expect(adapter.shows(live as Doc, marker)).toBe(true)
}

/** A valid published state of each global, and the field an update changes. */
const GLOBALS: Record<string, { content: Record<string, unknown>; field: string }> = {
  vision: { field: 'summary', content: { title: 'Visie (test)', summary: 'gepubliceerd', coreValues: [{ title: 'Veiligheid eerst' }] } },
  'escalation-model': {
    field: 'summary',
    content: {
      title: 'Escalatiemodel (test)',
      summary: 'gepubliceerd',
      criteria: [{ title: 'Hulp komt niet op gang' }],
      levels: [{ title: 'Trede 1', who: 'Jeugdbeschermer', to: 'Teamleider', withinWorkingDays: 5, expectedOutcome: 'Een besluit' }],
    },
  },
  site: { field: 'tagline', content: { name: 'Kennisportaal (test)', tagline: 'gepubliceerd' } },
  'payload-jobs-stats': { field: 'stats', content: { stats: { test: true } } },
}

async function checkGlobal(world: World, entity: EntityRules, role: MatrixRole, operation: Operation, expected: Expectation) {
  const { payload } = world
  const slug = entity.slug as 'vision'
  const config = payload.config.globals.find((global) => global.slug === slug)
  const drafts = Boolean(config?.versions && typeof config.versions === 'object' && config.versions.drafts)
  const { field, content } = GLOBALS[slug]
  const system = { ...systemOptions, slug }
  const what = `${role} ${operation} ${slug}`
  const allowed = expected === 'allow'
  // A known published state before every attempt.
  await payload.updateGlobal({ ...system, data: { ...content, ...(drafts ? { _status: 'published' } : {}) } as never })
  const saveDraft = async (marker: string) => payload.updateGlobal({ ...system, data: { [field]: marker } as never, draft: true })
  const live = async () => (await payload.findGlobal({ ...system })) as unknown as Doc
  const latest = async () => (await payload.findGlobal({ ...system, draft: drafts })) as unknown as Doc

  switch (operation) {
    case 'read': {
      const outcome = await attempt(() => payload.findGlobal({ slug, ...as(world, role) }))
      if (allowed) expectAllowed(outcome, what)
      else expectRefused(outcome, what)
      return
    }
    case 'readDraft': {
      const marker = unique('concept')
      await saveDraft(marker)
      const outcome = await attempt(() => payload.findGlobal({ slug, draft: true, ...as(world, role) }))
      expect(outcome.ok && outcome.value[field] === marker, what).toBe(allowed)
      return
    }
    case 'update': {
      const marker = unique('wijziging')
      const outcome = await attempt(() => payload.updateGlobal({ slug, data: { [field]: marker } as never, draft: drafts, ...as(world, role) }))
      if (allowed) expectAllowed(outcome, what)
      else expectRefused(outcome, what)
      expect((await latest())[field] === marker, `${what}: stored change`).toBe(allowed)
      return
    }
    case 'publish': {
      const marker = unique('concept')
      if (expected === 'review') {
        const author = { overrideAccess: false as const, depth: 0, user: world.users.redacteur as never }
        const reviewer = { overrideAccess: false as const, depth: 0, user: world.users.redacteur2 as never }
        await payload.updateGlobal({ slug, data: { [field]: marker } as never, draft: true, ...author })
        await payload.updateGlobal({ slug, data: { review: { state: 'ter-beoordeling' } } as never, draft: true, ...author })
        const own = await attempt(() => payload.updateGlobal({ slug, data: { _status: 'published' } as never, ...author }))
        expectRefused(own, `author publishes own ${slug}`)
        expect((await live())[field]).not.toBe(marker)
        const other = await attempt(() => payload.updateGlobal({ slug, data: { _status: 'published' } as never, ...reviewer }))
        expectAllowed(other, `second redacteur publishes ${slug}`)
        expect((await live())[field]).toBe(marker)
        return
      }
      await saveDraft(marker)
      const outcome = await attempt(() => payload.updateGlobal({ slug, data: { _status: 'published' } as never, ...as(world, role) }))
      if (allowed) expectAllowed(outcome, what)
      else expectRefused(outcome, what)
      expect((await live())[field] === marker, `${what}: live`).toBe(allowed)
      return
    }
  }
}

export async function describeAccessMatrix(kinds: TestDatabase['kind'][]): Promise<void> {
  await describeOnEachDatabase(
    'access matrix',
    (database) => {
      const portal = usePayload(database)
      let world: World
      const bySlug = new Map(adapters().map((adapter) => [adapter.slug, adapter]))
      // While one cell waits for the database, another does its JavaScript.
      const exclusive = oneAtATimePerKey()

      beforeAll(async () => {
        world = await buildWorld(portal.payload)
      })

      it('has a row for every collection and global of the portal, and nothing else', () => {
        const configured = [
          ...portal.payload.config.collections.map((collection) => `collection:${collection.slug}`),
          ...portal.payload.config.globals.map((global) => `global:${global.slug}`),
        ].sort()
        const inMatrix = ACCESS_MATRIX.map((entity) => `${entity.kind}:${entity.slug}`).sort()
        expect(inMatrix).toEqual(configured)
        for (const entity of ACCESS_MATRIX) {
          for (const role of MATRIX_ROLES) expect(entity.rules[role], `${entity.slug}/${role}`).toMatch(/^[A\-OR.]{6}$/)
          if (entity.kind === 'collection') expect(bySlug.has(entity.slug), `fixtures for ${entity.slug}`).toBe(true)
        }
      })

      describe.concurrent('every cell', () => {
        for (const { entity, role, operation, expected } of interleaved(applicable)) {
          it(`${role} · ${entity.slug} · ${operation} → ${expected}`, () =>
            exclusive(entity.slug, async () => {
              if (entity.kind === 'global') return checkGlobal(world, entity, role, operation, expected)
              const adapter = bySlug.get(entity.slug)
              if (!adapter) throw new Error(`no fixtures for ${entity.slug}`)
              return checkCollection(world, adapter, role, operation, expected)
            }),
          )
        }
      })
    },
    { kinds },
  )
}
