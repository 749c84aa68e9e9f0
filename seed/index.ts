import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { inTransaction } from '../src/registrations/transaction'
import { reindexEverywhere } from '../src/search'
import { buildingBlockDocs } from './data/buildingBlocks'
import { documentSeeds, seedPdf } from './data/documents'
import { escalationModelData } from './data/escalationModel'
import { glossaryDocs } from './data/glossary'
import { indicatorDocs } from './data/indicators'
import { localAgreementDocs } from './data/localAgreements'
import { measurementDocs } from './data/measurements'
import { organisationDocs } from './data/organisations'
import { pageDocs } from './data/pages'
import { redirectDocs } from './data/redirects'
import { pilotDocs } from './data/pilots'
import { regionDocs } from './data/regions'
import { siteData } from './data/site'
import { sessionDocs, trainingDocs } from './data/trainings'
import { DEMO_USERS } from './data/users'
import { vacancyDocs } from './data/vacancies'
import { visionData } from './data/vision'
import { workingMethodDocs } from './data/workingMethods'
import { type ID, idOf, SEED_CONTEXT, type SeedContext } from './lib/context'
import { type UpsertResult, upsertMany } from './lib/upsert'

/** The collections the seed fills, in the order it fills them (dependencies first). */
export const SEEDED_COLLECTIONS = [
  'regions',
  'organisations',
  'users',
  'building-blocks',
  'working-methods',
  'glossary-terms',
  'indicators',
  'measurements',
  'local-agreements',
  'pilots',
  'trainings',
  'training-sessions',
  'vacancies',
  'pages',
  'documents',
] as const satisfies readonly CollectionSlug[]

export type SeededCollection = (typeof SEEDED_COLLECTIONS)[number]

/** Documents per seeded collection after the run (what the database holds, not what was written). */
export type SeedCounts = Record<SeededCollection, number>

export type SeedOptions = {
  /** Wipe the seeded collections (and registrations, which hang on sessions) first. */
  reset?: boolean
  /** Progress lines, in Dutch; nothing is printed when absent. */
  log?: (line: string) => void
  /** Password for new demo accounts; default SEED_DEMO_PASSWORD, else a generated one (logged once). */
  demoPassword?: string
  /** The moment every relative date (sessions, vacancies, quarters, reviews) is computed from. */
  now?: Date
}

/**
 * Fills an empty portal with the Dutch demo content, or brings an earlier seed back to it: every
 * document is matched by its natural key and created or updated, so running it twice leaves the
 * same documents. It writes as the system (access overridden) with `context.seeding`, so other
 * hooks can skip side effects such as mail or search indexing.
 */
export async function seedPortal(payload: Payload, options: SeedOptions = {}): Promise<SeedCounts> {
  const started = performance.now()
  const log = options.log ?? (() => undefined)
  const ctx: SeedContext = {
    payload,
    now: options.now ?? new Date(),
    log,
    ids: {
      regions: {},
      organisations: {},
      users: {},
      buildingBlocks: {},
      workingMethods: {},
      indicators: {},
      trainings: {},
    },
  }

  if (options.reset) await wipe(ctx)

  let lap = performance.now()
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`
  const report = (label: string, result: UpsertResult) => {
    const now = performance.now()
    log(`${label}: ${result.ids.size} (${result.created} nieuw, ${result.updated} bijgewerkt) in ${seconds(now - lap)}`)
    lap = now
  }
  /** A collection whose documents are published and found again by slug or number; `ids` keeps their ids for later steps. */
  const seedPublished = async <S extends CollectionSlug>(
    label: string,
    collection: S,
    items: RequiredDataFromCollectionSlug<S>[],
    key: 'slug' | 'number',
    ids?: Record<string, ID>,
  ) => {
    const result = await upsertMany(ctx, { collection, items, keyFields: [key], publish: true })
    if (ids) for (const [natural, id] of result.ids) ids[natural] = id
    report(label, result)
    return result
  }

  /** A collection without drafts, whose documents are found again by the values of `keyFields`. */
  const seedRecords = async <S extends CollectionSlug>(
    label: string,
    collection: S,
    items: RequiredDataFromCollectionSlug<S>[],
    keyFields: string[],
  ) => report(label, await upsertMany(ctx, { collection, items, keyFields, publish: false }))

  await seedPublished('Regio’s', 'regions', regionDocs(ctx), 'slug', ctx.ids.regions)
  await seedPublished('Organisaties', 'organisations', organisationDocs(ctx), 'slug', ctx.ids.organisations)
  report('Demo-accounts', await seedUsers(ctx, options.demoPassword ?? process.env.SEED_DEMO_PASSWORD))
  await seedPublished('Bouwstenen', 'building-blocks', buildingBlockDocs(ctx), 'number', ctx.ids.buildingBlocks)
  await seedPublished('Werkwijzen', 'working-methods', workingMethodDocs(ctx), 'slug', ctx.ids.workingMethods)

  await inTransaction(
    payload,
    async (req) => {
      await payload.updateGlobal({
        slug: 'vision',
        data: visionData(ctx),
        overrideAccess: true,
        context: SEED_CONTEXT,
        depth: 0,
        req,
      })
      await payload.updateGlobal({
        slug: 'escalation-model',
        data: escalationModelData(ctx),
        overrideAccess: true,
        context: SEED_CONTEXT,
        depth: 0,
        req,
      })
    },
    { ...SEED_CONTEXT },
  )
  log('Visie en escalatiemodel bijgewerkt')
  lap = performance.now()

  await seedPublished('Begrippen', 'glossary-terms', glossaryDocs(ctx), 'slug')
  await seedPublished('Indicatoren', 'indicators', indicatorDocs(ctx), 'number', ctx.ids.indicators)

  await seedRecords('Meetwaarden', 'measurements', measurementDocs(ctx), ['indicator', 'region', 'period'])

  await seedPublished('Lokale afspraken', 'local-agreements', localAgreementDocs(ctx), 'slug')
  await seedPublished('Toekomsttuinen', 'pilots', pilotDocs(ctx), 'slug')
  await seedPublished('Trainingen', 'trainings', trainingDocs(ctx), 'slug', ctx.ids.trainings)

  await seedRecords('Sessies', 'training-sessions', sessionDocs(ctx), ['training', 'label'])

  await seedPublished('Vacatures', 'vacancies', vacancyDocs(ctx), 'slug')
  const pages = await seedPublished('Pagina’s', 'pages', pageDocs(ctx), 'slug')
  await seedRecords('Doorverwijzingen', 'redirects', redirectDocs(pages.ids), ['from'])

  report('Documenten', await seedDocuments(ctx))

  await inTransaction(
    payload,
    (req) =>
      payload.updateGlobal({
        slug: 'site',
        data: siteData(),
        overrideAccess: true,
        context: SEED_CONTEXT,
        depth: 0,
        req,
      }),
    { ...SEED_CONTEXT },
  )
  log('Navigatie en voettekst bijgewerkt')

  // The search hooks skip seeded writes (context.seeding); one rebuild afterwards is cheaper than
  // a record per document, and reaches the other instances too.
  try {
    const index = await reindexEverywhere(payload)
    log(`Zoekindex opnieuw opgebouwd: ${index.records} records in ${seconds(index.milliseconds)}`)
  } catch (error) {
    log(`Zoekindex niet bijgewerkt (${(error as Error).message}); draai npm run search:reindex.`)
  }

  const counts = await countSeeded(payload)
  log(`Seed klaar in ${seconds(performance.now() - started)}`)
  return counts
}

/** Seeds only a portal without building blocks (a fresh database); returns whether it seeded. */
export async function seedIfEmpty(payload: Payload, options: Omit<SeedOptions, 'reset'> = {}): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'building-blocks', overrideAccess: true })
  if (totalDocs > 0) return false
  await seedPortal(payload, options)
  return true
}

export async function countSeeded(payload: Payload): Promise<SeedCounts> {
  const entries = await Promise.all(
    SEEDED_COLLECTIONS.map(
      async (collection) =>
        [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(entries) as SeedCounts
}

/**
 * Demo accounts. A given password (option or SEED_DEMO_PASSWORD) is set on every demo account; a
 * generated one only on new accounts, so a second run does not lock anyone out of an account
 * whose password they already use. The generated password is logged once, when it was used.
 */
async function seedUsers(ctx: SeedContext, givenPassword: string | undefined): Promise<UpsertResult> {
  const password = givenPassword || randomBytes(12).toString('base64url')
  const items = DEMO_USERS.map((user) => ({
    email: user.email,
    name: user.name,
    role: user.role,
    password,
    region: user.region ? idOf(ctx.ids.regions, user.region, 'regio') : null,
    organisation: user.organisation ? idOf(ctx.ids.organisations, user.organisation, 'organisatie') : null,
  }))
  const result = await upsertMany(ctx, {
    collection: 'users',
    items,
    keyOf: (doc) => String(doc.email).toLowerCase(),
    keyFields: ['email'],
    publish: false,
    keepOnUpdate: givenPassword ? [] : ['password'],
    // Hashing a password takes half a second of CPU; a few at a time use the thread pool.
    parallel: 4,
  })
  for (const [email, id] of result.ids) ctx.ids.users[email] = id
  if (!givenPassword && result.created > 0) {
    ctx.log(`Wachtwoord van de nieuwe demo-accounts (wordt één keer getoond): ${password}`)
  } else if (givenPassword) {
    ctx.log('Demo-accounts gebruiken het opgegeven wachtwoord (SEED_DEMO_PASSWORD).')
  }
  return result
}

/** Removes what the seed made, in reverse dependency order; other accounts are left alone. */
async function wipe(ctx: SeedContext) {
  const { payload, log } = ctx
  const remove = async (collection: CollectionSlug, where: Where = { id: { exists: true } }) => {
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
    // Bulk delete works in pages; repeat until nothing matches.
    for (let left = totalDocs; left > 0;) {
      const { errors } = await inTransaction(
        payload,
        (req) =>
          payload.delete({
            collection,
            where,
            overrideAccess: true,
            context: SEED_CONTEXT,
            depth: 0,
            req,
          }),
        { ...SEED_CONTEXT },
      )
      if (errors.length > 0)
        throw new Error(`Seed: wissen uit ${collection} mislukt: ${errors.map((e) => e.message).join('; ')}`)
      left = (await payload.count({ collection, where, overrideAccess: true })).totalDocs
    }
    return totalDocs
  }
  // Registrations hang on sessions: they go first, or the sessions cannot be deleted.
  const order: CollectionSlug[] = ['registrations', ...[...SEEDED_COLLECTIONS].reverse().filter((c) => c !== 'users')]
  for (const collection of order) {
    if (collection === 'organisations') {
      // Demo accounts point at organisations and regions; they go before those.
      const users = await remove('users', { email: { in: DEMO_USERS.map((u) => u.email) } })
      log(`Gewist: ${users} demo-accounts`)
    }
    log(`Gewist: ${await remove(collection)} uit ${collection}`)
  }
}

/**
 * Example documents: each version is its own upload, found by series and version. A new one gets
 * a PDF generated from the seeded text; an existing one keeps its file and gets its metadata back.
 */
async function seedDocuments(ctx: SeedContext): Promise<UpsertResult> {
  const { payload } = ctx
  const seeds = documentSeeds(ctx)
  const files = await Promise.all(seeds.map((seed) => seedPdf(seed)))
  return inTransaction(
    payload,
    async (req) => {
      const ids = new Map<string, ID>()
      let created = 0
      let updated = 0
      for (const [index, seed] of seeds.entries()) {
        const key = `${seed.data.slug}|${seed.data.version}`
        const common = { overrideAccess: true, context: SEED_CONTEXT, depth: 0, req } as const
        const existing = await payload.find({
          collection: 'documents',
          where: { and: [{ slug: { equals: seed.data.slug } }, { version: { equals: seed.data.version } }] },
          limit: 1,
          select: { slug: true },
          ...common,
        })
        const data = { ...seed.data, _status: 'published' as const }
        if (existing.docs[0]) {
          await payload.update({ collection: 'documents', id: existing.docs[0].id, data, ...common })
          ids.set(key, existing.docs[0].id)
          updated++
        } else {
          const file = files[index]
          const doc = await payload.create({
            collection: 'documents',
            data,
            file: { data: file, mimetype: 'application/pdf', name: seed.filename, size: file.length },
            ...common,
          })
          ids.set(key, doc.id)
          created++
        }
      }
      return { ids, created, updated }
    },
    { ...SEED_CONTEXT },
  )
}
