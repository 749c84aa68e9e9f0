import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { countSeeded, SEEDED_COLLECTIONS, type SeedCounts, seedPortal } from '../../../seed'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'
import { runSearch } from '../../../src/search/query'

/**
 * The 51 municipalities of Gelderland (municipal map of 2026), kept here independently of the
 * seed data: every one must be in exactly one region, and nothing else may be.
 */
const GELDERLAND_MUNICIPALITIES = [
  'Aalten',
  'Apeldoorn',
  'Arnhem',
  'Barneveld',
  'Berg en Dal',
  'Berkelland',
  'Beuningen',
  'Bronckhorst',
  'Brummen',
  'Buren',
  'Culemborg',
  'Doesburg',
  'Doetinchem',
  'Druten',
  'Duiven',
  'Ede',
  'Elburg',
  'Epe',
  'Ermelo',
  'Harderwijk',
  'Hattem',
  'Heerde',
  'Heumen',
  'Lingewaard',
  'Lochem',
  'Maasdriel',
  'Montferland',
  'Neder-Betuwe',
  'Nijkerk',
  'Nijmegen',
  'Nunspeet',
  'Oldebroek',
  'Oost Gelre',
  'Oude IJsselstreek',
  'Overbetuwe',
  'Putten',
  'Renkum',
  'Rheden',
  'Rozendaal',
  'Scherpenzeel',
  'Tiel',
  'Voorst',
  'Wageningen',
  'West Betuwe',
  'West Maas en Waal',
  'Westervoort',
  'Wijchen',
  'Winterswijk',
  'Zaltbommel',
  'Zevenaar',
  'Zutphen',
]

/** Placeholder words and everyday English that must not appear in Dutch demo content. */
const PLACEHOLDER = /\b(lorem|ipsum|todo|fixme|tbd|placeholder|dummy|asdf)\b|xxx/i
const ENGLISH = /\b(the|and|with|for|this|that|you|your|will|should|please|here|from|about)\b/i
/** Names of methods that are English on purpose, and Dutch words that look like English ones. */
const ALLOWED_ENGLISH = /Signs of Safety|Stepped care|Plan-Do-Check-Act/g

/** Keys whose values are codes, not text: select values, ids, relation targets, Lexical internals. */
const NON_TEXT_KEYS = new Set([
  'id',
  'blockType',
  'blockName',
  'type',
  'tag',
  'listType',
  'mode',
  'direction',
  'format',
  'style',
  'relationTo',
  'linkType',
  'variant',
  'textStyle',
  '_status',
])

function collectText(value: unknown, out: string[], key = ''): string[] {
  if (typeof value === 'string') {
    if (!NON_TEXT_KEYS.has(key)) out.push(value)
  } else if (Array.isArray(value)) {
    value.forEach((item) => collectText(item, out, key))
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectText(v, out, k)
  }
  return out
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

async function allDocs(payload: Payload, collection: CollectionSlug) {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })
  return docs as unknown as Record<string, unknown>[]
}

/** Join fields come back as lists of related documents; they are not data of the document. */
function joinFieldNames(payload: Payload, collection: CollectionSlug): string[] {
  return payload.collections[collection].config.flattenedFields
    .filter((field) => field.type === 'join')
    .map((field) => field.name)
}

// Documents carry a change note per version instead of the review fields (own test below).
const DRAFT_COLLECTIONS = SEEDED_COLLECTIONS.filter((c) => !['users', 'measurements', 'training-sessions', 'documents'].includes(c))
const CONTENT_GLOBALS = ['vision', 'escalation-model'] as const

await describeOnEachDatabase('seed', (database) => {
  const portal = usePayload(database)
  let first: SeedCounts
  const now = new Date()
  const lines: string[] = []

  beforeAll(async () => {
    const started = performance.now()
    first = await seedPortal(portal.payload, {
      now,
      demoPassword: 'demo-wachtwoord-voor-de-test',
      log: (line) => lines.push(line),
    })
    console.log(`[seed] ${database.kind}: eerste seed in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }, 300_000)

  it('fills every collection with at least the counts of issue 3', () => {
    expect(first['building-blocks']).toBe(8)
    expect(first.regions).toBe(7)
    expect(first['working-methods']).toBeGreaterThanOrEqual(12)
    expect(first.trainings).toBeGreaterThanOrEqual(10)
    expect(first['training-sessions']).toBeGreaterThanOrEqual(20)
    expect(first.vacancies).toBeGreaterThanOrEqual(12)
    expect(first['local-agreements']).toBeGreaterThanOrEqual(14)
    expect(first.pilots).toBeGreaterThanOrEqual(7)
    expect(first['glossary-terms']).toBeGreaterThanOrEqual(60)
    expect(first.indicators).toBe(7)
    expect(first.measurements).toBe(7 * 7 * 8)
    expect(first.pages).toBeGreaterThanOrEqual(2)
    // One per role, a second editor, trainer and recruiter, and one regional editor per region.
    expect(first.users).toBeGreaterThanOrEqual(15)
    expect(lines.some((line) => line.startsWith('Seed klaar in'))).toBe(true)
  })

  it('gives every region its municipalities, two local agreements, one toekomsttuin and a regional editor', async () => {
    const regions = await allDocs(portal.payload, 'regions')
    const listed = regions.flatMap((region) => region.municipalities as string[])
    expect([...listed].sort()).toEqual([...GELDERLAND_MUNICIPALITIES].sort())
    for (const region of regions) {
      const where = { region: { equals: region.id } }
      expect((await portal.payload.count({ collection: 'local-agreements', where })).totalDocs, String(region.title)).toBe(2)
      expect((await portal.payload.count({ collection: 'pilots', where })).totalDocs, String(region.title)).toBe(1)
      const editors = await portal.payload.count({
        collection: 'users',
        where: { and: [where, { role: { equals: 'regioredacteur' } }] },
      })
      expect(editors.totalDocs, String(region.title)).toBe(1)
      const kinds = (region.contactPoints as { kind: string }[]).map((point) => point.kind)
      expect(kinds).toEqual(expect.arrayContaining(['ret', 'jeugdbeschermingstafel']))
    }
  })

  it('creates demo accounts that log in with the demo password and carry their scope', async () => {
    for (const email of ['beheer@example.org', 'regio-rivierenland@example.org', 'werving-jbg@example.org']) {
      const { user } = await portal.payload.login({
        collection: 'users',
        data: { email, password: 'demo-wachtwoord-voor-de-test' },
      })
      expect(user?.email).toBe(email)
    }
    const users = await allDocs(portal.payload, 'users')
    const roles = new Set(users.map((user) => user.role))
    expect([...roles].sort()).toEqual(['admin', 'professional', 'redacteur', 'regioredacteur', 'trainer', 'werver'])
    expect(users.filter((user) => user.role === 'redacteur')).toHaveLength(2)
    const recruiters = users.filter((user) => user.role === 'werver')
    expect(new Set(recruiters.map((user) => user.organisation)).size).toBe(2)
    for (const editor of users.filter((user) => user.role === 'regioredacteur')) expect(editor.region).toBeTruthy()
  })

  it('has the partner organisations: four GI’s, three Veilig Thuis, the Raad and local teams', async () => {
    const count = async (type: string) =>
      (await portal.payload.count({ collection: 'organisations', where: { type: { equals: type } } })).totalDocs
    expect(await count('gi')).toBe(4)
    expect(await count('veilig-thuis')).toBe(3)
    expect(await count('raad')).toBe(1)
    expect(await count('lokaal-team')).toBeGreaterThanOrEqual(7)
  })

  it('links every building block to at least one working method', async () => {
    const blocks = await allDocs(portal.payload, 'building-blocks')
    expect(blocks.map((block) => block.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    for (const block of blocks) {
      const methods = await portal.payload.count({
        collection: 'working-methods',
        where: { buildingBlocks: { in: [block.id] } },
      })
      expect(methods.totalDocs, `bouwsteen ${block.number}`).toBeGreaterThanOrEqual(1)
      expect((block.progress as unknown[]).length).toBe(7)
    }
  })

  it('hands each training to trainer accounts and spreads the sessions over the coming six months', async () => {
    const trainers = await allDocs(portal.payload, 'users')
    const trainerIds = new Set(trainers.filter((user) => user.role === 'trainer').map((user) => user.id))
    expect(trainerIds.size).toBe(2)
    for (const training of await allDocs(portal.payload, 'trainings')) {
      const ids = training.trainers as number[]
      expect(ids.length, String(training.title)).toBeGreaterThanOrEqual(1)
      for (const id of ids) expect(trainerIds.has(id)).toBe(true)
    }
    const sessions = await allDocs(portal.payload, 'training-sessions')
    const sixMonths = new Date(now)
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6)
    for (const session of sessions) {
      const start = new Date(String(session.startsAt))
      expect(start > now && start < sixMonths, String(session.label)).toBe(true)
    }
    const firstHalf = sessions.filter(
      (s) => new Date(String(s.startsAt)).getTime() - now.getTime() < 90 * 86_400_000,
    ).length
    expect(firstHalf).toBeGreaterThan(0)
    expect(firstHalf).toBeLessThan(sessions.length)
  })

  it('has vacancies that closed before the seed run and vacancies still open', async () => {
    const vacancies = await allDocs(portal.payload, 'vacancies')
    const closed = vacancies.filter((v) => new Date(String(v.closingDate)) < now)
    expect(closed.length).toBeGreaterThanOrEqual(2)
    expect(vacancies.length - closed.length).toBeGreaterThanOrEqual(6)
  })

  it('publishes everything, with sources, review dates and change notes', async () => {
    for (const collection of DRAFT_COLLECTIONS) {
      const drafts = await portal.payload.count({ collection, where: { _status: { not_equals: 'published' } } })
      expect(drafts.totalDocs, collection).toBe(0)
      for (const doc of await allDocs(portal.payload, collection)) {
        const label = `${collection}: ${String(doc.title)}`
        // Trainings and vacancies are announced, not agreed: no knowledge-base fields (vacancies keep change notes for alerts).
        if (collection === 'trainings') {
          expect(doc, label).not.toHaveProperty('sources')
          continue
        }
        if (collection !== 'vacancies') {
          expect((doc.sources as unknown[]).length, label).toBeGreaterThanOrEqual(1)
          expect(doc.lastReviewedAt, label).toBeTruthy()
          expect(doc.nextReviewDue, label).toBeTruthy()
        }
        expect((doc.changeNotes as unknown[]).length, label).toBeGreaterThanOrEqual(1)
      }
    }
    for (const slug of CONTENT_GLOBALS) {
      const global = (await portal.payload.findGlobal({ slug, depth: 0, overrideAccess: true })) as unknown as Record<
        string,
        unknown
      >
      expect(global._status, slug).toBe('published')
      expect((global.sources as unknown[]).length, slug).toBeGreaterThanOrEqual(1)
    }
    const escalation = await portal.payload.findGlobal({ slug: 'escalation-model', depth: 0, overrideAccess: true })
    expect(escalation.isExample).toBe(true)
    expect(escalation.levels?.length).toBeGreaterThanOrEqual(3)
    const vision = await portal.payload.findGlobal({ slug: 'vision', depth: 0, overrideAccess: true })
    expect(vision.coreValues).toHaveLength(4)
    const site = await portal.payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
    expect(site.navigation?.map((link) => link.url)).toEqual([
      '/visie',
      '/paginas/verbeteragenda',
      '/bouwstenen',
      '/werkwijzen',
      '/escalatiemodel',
      '/regios',
      '/scholing',
      '/vacatures',
      '/toekomsttuinen',
      '/begrippen',
      '/monitor',
    ])
    const examples = await portal.payload.count({ collection: 'measurements', where: { isExample: { equals: false } } })
    expect(examples.totalDocs).toBe(0)
  })

  it('has the page on the two lines of the Verbeteragenda and example documents, both found by search', async () => {
    const agenda = await portal.payload.find({ collection: 'pages', where: { slug: { equals: 'verbeteragenda' } }, overrideAccess: false, depth: 0 })
    expect(agenda.docs[0]?.title).toMatch(/Verbeteragenda/)
    const documents = await allDocs(portal.payload, 'documents')
    expect(documents.length).toBeGreaterThanOrEqual(4)
    for (const doc of documents) {
      const label = String(doc.title)
      expect(doc._status, label).toBe('published')
      expect(doc.isExample, label).toBe(true)
      expect(doc.mimeType, label).toBe('application/pdf')
      expect(String(doc.extractedText), label).toMatch(/VOORBEELDDOCUMENT/)
      expect(doc.changeNote, label).toBeTruthy()
    }
    const escalation = documents
      .filter((doc) => doc.slug === 'escalatiemodel-stagnerende-samenwerking')
      .map((doc) => [doc.version, doc.documentStatus])
      .sort()
    expect(escalation).toEqual([
      ['1.0', 'vervallen'],
      ['2.0', 'vastgesteld'],
    ])
    const search = async (q: string, type?: string) =>
      (await runSearch(portal.payload, { q, filters: type ? { type: [type] } : {}, page: 1, limit: 20 })).hits.map((hit) => hit.url)
    expect(await search('contracteren basisafspraken')).toContain('/paginas/verbeteragenda')
    expect(await search('escalatiemodel', 'document')).toContain('/documenten/escalatiemodel-stagnerende-samenwerking')
    expect(await search('rondetafels')).toContain('/paginas/rondetafels-2018')
  })

  it('contains no placeholder text, no English sentences and no address outside example.org', async () => {
    const texts: { where: string; text: string }[] = []
    for (const collection of SEEDED_COLLECTIONS) {
      for (const doc of await allDocs(portal.payload, collection)) {
        for (const text of collectText(doc, []))
          texts.push({ where: `${collection} ${String(doc.slug ?? doc.email ?? doc.id)}`, text })
      }
    }
    for (const slug of [...CONTENT_GLOBALS, 'site'] as const) {
      for (const text of collectText(await portal.payload.findGlobal({ slug, depth: 0, overrideAccess: true }), []))
        texts.push({ where: slug, text })
    }
    expect(texts.length).toBeGreaterThan(1000)
    const placeholders = texts.filter(({ text }) => PLACEHOLDER.test(text))
    expect(placeholders).toEqual([])
    const english = texts.filter(({ text }) => ENGLISH.test(text.replace(ALLOWED_ENGLISH, '')))
    expect(english).toEqual([])
    const foreignAddresses = texts.flatMap(({ where, text }) =>
      (text.match(EMAIL) ?? [])
        .filter((address) => !address.toLowerCase().endsWith('@example.org'))
        .map((address) => `${where}: ${address}`),
    )
    expect(foreignAddresses).toEqual([])
  })

  it('passes validation again when every document is saved unchanged', async () => {
    let saved = 0
    for (const collection of SEEDED_COLLECTIONS) {
      const skip = new Set([
        'id',
        'createdAt',
        'updatedAt',
        'sessions',
        'loginAttempts',
        'lockUntil',
        ...joinFieldNames(portal.payload, collection),
      ])
      for (const doc of await allDocs(portal.payload, collection)) {
        const data = Object.fromEntries(Object.entries(doc).filter(([key]) => !skip.has(key)))
        await portal.payload.update({
          collection,
          id: doc.id as number,
          data: data as never,
          overrideAccess: true,
          depth: 0,
          context: { seeding: true },
        })
        saved++
      }
    }
    for (const slug of [...CONTENT_GLOBALS, 'site'] as const) {
      const global = (await portal.payload.findGlobal({ slug, depth: 0, overrideAccess: true })) as unknown as Record<
        string,
        unknown
      >
      const data = Object.fromEntries(
        Object.entries(global).filter(([key]) => !['id', 'createdAt', 'updatedAt', 'globalType'].includes(key)),
      )
      await portal.payload.updateGlobal({
        slug,
        data: data as never,
        overrideAccess: true,
        depth: 0,
        context: { seeding: true },
      })
    }
    expect(saved).toBe(Object.values(first).reduce((sum, n) => sum + n, 0))
  }, 300_000)

  // A second run only looks up what is there (the same Local API finds on every adapter) and
  // writes nothing: once, on SQLite. Reset (deletes in dependency order) runs on each database.
  it.runIf(database.kind === 'sqlite')('is idempotent: seeding again gives the same counts', async () => {
    const again = await seedPortal(portal.payload, { now, log: () => undefined })
    expect(again).toEqual(first)
    expect(await countSeeded(portal.payload)).toEqual(first)
  }, 300_000)

  it('starts over with reset and ends with the same counts', async () => {
    const afterReset = await seedPortal(portal.payload, {
      now,
      reset: true,
      demoPassword: 'demo-wachtwoord-voor-de-test',
      log: () => undefined,
    })
    expect(afterReset).toEqual(first)
  }, 300_000)
})
