import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import type { MatrixRole, Scope } from '../../src/access/matrix'
import type { Role } from '../../src/access/roles'
import { buildExamplePdf } from '../../src/documents/build-example-pdf'
import { paragraph, richText } from '../../src/lexical/build'

/**
 * The documents the access matrix is tried on. Every role acts on one document inside its own
 * scope ("A": the Achterhoek region, the first organisation, the first trainer's training, the
 * account itself) and one outside it ("B"). Everything here is made as the system
 * (overrideAccess) — only the attempt under test runs as the user.
 */

type ID = number | string
type Doc = Record<string, unknown> & { id: ID }
export type Side = 'A' | 'B'

export const PASSWORD = 'een-lang-testwachtwoord'

export type World = {
  payload: Payload
  users: Record<Exclude<MatrixRole, 'anonymous'> | 'redacteur2' | 'trainer2' | 'werver2' | 'regioredacteur2', Doc>
  regions: Record<Side, Doc>
  organisations: Record<Side, Doc>
  indicator: Doc
  /** Published trainings of trainer (A) and trainer2 (B), and never-published ones. */
  trainings: Record<Side, Doc>
  draftTrainings: Record<Side, Doc>
  sessions: Record<Side, Doc>
  draftSessions: Record<Side, Doc>
  /** An alert list, a subscription and a change, for the alert records that point at them. */
  alerts: { list: Doc; subscription: Doc; change: Doc }
}

let counter = 0
/** Unique per test run, so names, slugs and e-mail addresses never collide. */
export const unique = (prefix: string) => `${prefix}-${++counter}-${crypto.randomBytes(3).toString('hex')}`

const SYSTEM = { overrideAccess: true, depth: 0 } as const

const lexical = (text: string) => richText(paragraph(text))

async function makeUser(payload: Payload, role: Role, extra: Record<string, unknown> = {}): Promise<Doc> {
  return (await payload.create({
    collection: 'users',
    data: { email: `${unique(role)}@example.org`, password: PASSWORD, role, name: `Test ${role}`, ...extra } as never,
    ...SYSTEM,
  })) as unknown as Doc
}

export type EditorialUsers = Record<'redacteur' | 'regioredacteur' | 'werver', User>

/** A project-office editor, a regional editor of a new region and a recruiter of a new organisation. */
export async function editorialUsers(payload: Payload): Promise<EditorialUsers> {
  const region = await payload.create({ collection: 'regions', data: { title: 'Achterhoek', municipalities: ['Winterswijk'], _status: 'published' }, ...SYSTEM })
  const organisation = await payload.create({ collection: 'organisations', data: { title: 'Organisatie A', type: 'gi', _status: 'published' }, ...SYSTEM })
  const user = (role: keyof EditorialUsers, extra: Partial<User> = {}) =>
    payload.create({ collection: 'users', data: { email: `${unique(role)}@example.org`, password: PASSWORD, role, name: `Test ${role}`, ...extra }, ...SYSTEM })
  return {
    redacteur: await user('redacteur'),
    regioredacteur: await user('regioredacteur', { region: region.id }),
    werver: await user('werver', { organisation: organisation.id }),
  }
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

export async function buildWorld(payload: Payload): Promise<World> {
  const create = async (collection: string, data: Record<string, unknown>, draft = false) =>
    (await payload.create({
      collection: collection as 'pages',
      data: data as never,
      draft,
      ...SYSTEM,
    })) as unknown as Doc

  const regions = {
    A: await create('regions', { title: 'Achterhoek (test)', municipalities: ['Winterswijk'], _status: 'published' }),
    B: await create('regions', { title: 'Rivierenland (test)', municipalities: ['Tiel'], _status: 'published' }),
  }
  const organisations = {
    A: await create('organisations', { title: unique('Organisatie A'), type: 'gi', _status: 'published' }),
    B: await create('organisations', { title: unique('Organisatie B'), type: 'veilig-thuis', _status: 'published' }),
  }
  const indicator = await create('indicators', {
    title: 'Doorlooptijd (test)',
    number: 20,
    definition: 'Dagen',
    unit: 'dagen',
    _status: 'published',
  })

  const users = {
    admin: await makeUser(payload, 'admin'),
    redacteur: await makeUser(payload, 'redacteur'),
    redacteur2: await makeUser(payload, 'redacteur'),
    regioredacteur: await makeUser(payload, 'regioredacteur', { region: regions.A.id }),
    regioredacteur2: await makeUser(payload, 'regioredacteur', { region: regions.B.id }),
    trainer: await makeUser(payload, 'trainer'),
    trainer2: await makeUser(payload, 'trainer'),
    werver: await makeUser(payload, 'werver', { organisation: organisations.A.id }),
    werver2: await makeUser(payload, 'werver', { organisation: organisations.B.id }),
    professional: await makeUser(payload, 'professional'),
  }
  const training = (side: Side, published: boolean) =>
    create(
      'trainings',
      {
        title: unique(`Training ${side}`),
        trainers: [side === 'A' ? users.trainer.id : users.trainer2.id],
        _status: published ? 'published' : 'draft',
      },
      !published,
    )
  const trainings = { A: await training('A', true), B: await training('B', true) }
  const draftTrainings = { A: await training('A', false), B: await training('B', false) }
  const session = (trainingDoc: Doc) => create('training-sessions', sessionData(trainingDoc.id))
  const alertList = await create('alert-lists', { finder: 'vacatures', key: unique('lijst'), filters: {}, title: 'Alle vacatures (test)' })
  const alerts = {
    list: alertList,
    subscription: await create('alert-subscriptions', { email: `${unique('volger')}@example.org`, list: alertList.id, frequency: 'daily', uniqueKey: unique('abonnement') }),
    change: await create('alert-changes', { key: unique('wijziging'), kind: 'new', title: 'Vacature (test)', url: 'https://example.org/v', lists: [alertList.id] }),
  }
  return {
    alerts,
    payload,
    users,
    regions,
    organisations,
    indicator,
    trainings,
    draftTrainings,
    sessions: { A: await session(trainings.A), B: await session(trainings.B) },
    draftSessions: { A: await session(draftTrainings.A), B: await session(draftTrainings.B) },
  }
}

function sessionData(training: ID) {
  return {
    training,
    label: unique('Sessie'),
    startsAt: inDays(30),
    endsAt: inDays(30.1),
    location: 'Arnhem',
    // Every registration the tests make must get a place, not the waitlist.
    capacity: 500,
    registrationOpensAt: inDays(-1),
    registrationClosesAt: inDays(29),
  }
}

/** Numbers that must be unique and lie in a small range (building blocks 1–8, indicators 1–20). */
function freeNumber(used: Set<number>, max: number): number {
  for (let n = 1; n <= max; n++) if (!used.has(n)) return n
  // All taken (a seeded portal has all eight building blocks): good enough for an attempt that
  // must be refused before validation; an allowed one fails loudly on the duplicate.
  return max
}

export type Adapter = {
  slug: string
  drafts: boolean
  scope?: Scope
  /** Valid data for a new document on side A (inside the actor's scope) or B (outside). */
  data: (world: World, side: Side, actor: MatrixRole) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Documents that cannot be made fresh on side A (the editor's own region, the own account). */
  fixed?: (world: World, side: Side, actor: MatrixRole) => Doc | null
  /** The change an update makes, and whether a stored document shows it. */
  change: (marker: string) => Record<string, unknown>
  shows: (doc: Doc, marker: string) => boolean
  /** Whether a document created by the actor landed inside the actor's scope (forced scope). */
  inScope?: (world: World, doc: Doc, actor: MatrixRole) => boolean
  /** Extra Local API options for create (an upload, a context flag, the owner of a preference). */
  createOptions?: (world: World, side: Side, actor: MatrixRole) => Record<string, unknown>
  /** Frees what data() reserved once the document is gone. */
  release?: (doc: Doc) => void
}

const relation = (value: unknown): ID | null =>
  value && typeof value === 'object' ? ((value as { id: ID }).id ?? null) : ((value as ID | null) ?? null)
const summary = {
  change: (marker: string) => ({ summary: marker }),
  shows: (doc: Doc, marker: string) => doc.summary === marker,
}
const actorUser = (world: World, actor: MatrixRole): Doc | null => (actor === 'anonymous' ? null : world.users[actor])

/** 1×1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A small real PDF, for the documents collection (which checks uploads by content). */
const PDF = await buildExamplePdf({ title: 'Testdocument', paragraphs: ['Tekst van een testdocument.'] })

/** `taken`: numbers already in use where the adapters make documents (a seeded portal over HTTP). */
export function adapters({ taken = {} }: { taken?: { blocks?: number[]; indicators?: number[] } } = {}): Adapter[] {
  const blockNumbers = new Set<number>(taken.blocks ?? [])
  const indicatorNumbers = new Set<number>([20, ...(taken.indicators ?? [])])
  const periods = { next: 0 }
  const content = (
    slug: string,
    extra: (world: World, side: Side) => Record<string, unknown> = () => ({}),
  ): Adapter => ({
    slug,
    drafts: true,
    data: (world, side) => ({ title: unique(slug), body: lexical('Tekst'), ...extra(world, side) }),
    ...summary,
  })
  return [
    {
      ...content('building-blocks'),
      data: () => {
        const number = freeNumber(blockNumbers, 8)
        blockNumbers.add(number)
        return { title: unique('Bouwsteen'), number, aim: 'Samen sneller', body: lexical('Tekst') }
      },
      release: (doc) => blockNumbers.delete(Number(doc.number)),
    },
    content('working-methods'),
    content('glossary-terms', () => ({ definition: 'Een begrip.' })),
    content('pages'),
    {
      ...content('indicators'),
      data: () => {
        const number = freeNumber(indicatorNumbers, 20)
        indicatorNumbers.add(number)
        return { title: unique('Indicator'), number, definition: 'Aantal', unit: 'aantal' }
      },
      release: (doc) => indicatorNumbers.delete(Number(doc.number)),
    },
    content('organisations', () => ({ type: 'gi' })),
    {
      ...content('regions', () => ({ municipalities: ['Ergens'] })),
      scope: 'region-document',
      fixed: (world, side, actor) => (actor === 'regioredacteur' && side === 'A' ? world.regions.A : null),
    },
    {
      ...content('local-agreements', (world, side) => ({ region: world.regions[side].id, validFrom: inDays(-10) })),
      scope: 'region',
      inScope: (world, doc) => relation(doc.region) === world.regions.A.id,
    },
    {
      ...content('pilots', (world, side) => ({ region: world.regions[side].id, startDate: inDays(-10), aim: 'Leren' })),
      scope: 'region',
      inScope: (world, doc) => relation(doc.region) === world.regions.A.id,
    },
    {
      slug: 'measurements',
      drafts: false,
      scope: 'region',
      data: (world, side) => {
        // From 2099 backwards: far from the quarters a seeded portal has figures for.
        const n = periods.next++
        return {
          indicator: world.indicator.id,
          region: world.regions[side].id,
          period: `${2099 - Math.floor(n / 4)}-Q${1 + (n % 4)}`,
          value: n,
        }
      },
      change: (marker) => ({ note: marker }),
      shows: (doc, marker) => doc.note === marker,
      inScope: (world, doc) => relation(doc.region) === world.regions.A.id,
    },
    {
      ...content('trainings', (world, side) => ({
        trainers: [side === 'A' ? world.users.trainer.id : world.users.trainer2.id],
      })),
      scope: 'training',
      inScope: (world, doc) =>
        (Array.isArray(doc.trainers) ? doc.trainers : []).map(relation).includes(world.users.trainer.id),
    },
    {
      slug: 'training-sessions',
      drafts: false,
      scope: 'session-training',
      data: (world, side) => sessionData(world.trainings[side].id),
      change: (marker) => ({ label: marker }),
      shows: (doc, marker) => doc.label === marker,
      inScope: (world, doc) => relation(doc.training) === world.trainings.A.id,
    },
    {
      slug: 'registrations',
      drafts: false,
      scope: 'session-training',
      data: (world, side) => ({
        session: world.sessions[side].id,
        training: world.trainings[side].id,
        name: 'Deelnemer (test)',
        email: `${unique('deelnemer')}@example.org`,
        organisation: 'Testorganisatie',
        function: 'Jeugdbeschermer',
        consent: true,
        status: 'confirmed',
      }),
      // Registrations only come into being through the register action.
      createOptions: () => ({ context: { registrationAction: 'register' } }),
      change: () => ({ status: 'attended' }),
      shows: (doc) => doc.status === 'attended',
    },
    {
      ...content('vacancies', (world, side) => ({
        organisation: world.organisations[side].id,
        function: 'Jeugdbeschermer',
        hoursMin: 32,
        caoScale: 'schaal 9',
        closingDate: inDays(30),
        howToApply: 'Mail ons.',
      })),
      scope: 'organisation',
      inScope: (world, doc) => relation(doc.organisation) === world.organisations.A.id,
    },
    {
      slug: 'documents',
      drafts: true,
      data: () => ({ title: unique('Document'), version: '1.0', documentStatus: 'concept' }),
      createOptions: () => ({ file: { data: PDF, mimetype: 'application/pdf', name: `${unique('document')}.pdf`, size: PDF.length } }),
      ...summary,
    },
    {
      slug: 'media',
      drafts: false,
      data: () => ({ alt: unique('Bestand') }),
      createOptions: () => ({
        file: { data: PNG, mimetype: 'image/png', name: `${unique('pixel')}.png`, size: PNG.length },
      }),
      change: (marker) => ({ alt: marker }),
      shows: (doc, marker) => doc.alt === marker,
    },
    {
      slug: 'users',
      drafts: false,
      scope: 'account',
      data: () => ({
        email: `${unique('nieuw')}@example.org`,
        password: PASSWORD,
        role: 'professional',
        name: 'Nieuw account',
      }),
      // An admin's "own" account is not special: admins get fresh accounts (and may delete them).
      fixed: (world, side, actor) => (side === 'A' && actor !== 'admin' ? actorUser(world, actor) : null),
      change: (marker) => ({ name: marker }),
      shows: (doc, marker) => doc.name === marker,
    },
    {
      slug: 'audit-log',
      drafts: false,
      data: () => ({ action: 'login', detail: 'testregel' }),
      change: (marker) => ({ detail: marker }),
      shows: (doc, marker) => doc.detail === marker,
    },
    {
      slug: 'search-best-bets',
      drafts: false,
      data: (world) => ({
        label: unique('aanbevolen'),
        queries: [unique('zoekvraag')],
        page: { relationTo: 'regions', value: world.regions.A.id },
      }),
      change: (marker) => ({ label: marker }),
      shows: (doc, marker) => doc.label === marker,
    },
    {
      slug: 'search-query-stats',
      drafts: false,
      data: () => ({ query: unique('zoekvraag'), day: '2026-01-01', searches: 1, noResults: 0, clicks: 0 }),
      change: (marker) => ({ query: marker }),
      shows: (doc, marker) => doc.query === marker,
    },
    {
      slug: 'search-changes',
      drafts: false,
      data: () => ({ target: unique('pages') }),
      change: (marker) => ({ target: marker }),
      shows: (doc, marker) => doc.target === marker,
    },
    {
      slug: 'mail-receipts',
      drafts: false,
      data: () => ({ key: unique('verzonden'), state: 'sending' }),
      change: (marker) => ({ key: marker }),
      shows: (doc, marker) => doc.key === marker,
    },
    {
      slug: 'redirects',
      drafts: false,
      data: () => ({ from: `/${unique('oud-adres')}`, to: { type: 'custom', url: '/paginas/nieuw-adres' } }),
      change: (marker) => ({ to: { type: 'custom', url: `/paginas/${marker}` } }),
      shows: (doc, marker) => (doc.to as { url?: string } | undefined)?.url === `/paginas/${marker}`,
    },
    {
      slug: 'feedback',
      drafts: false,
      data: () => ({ target: 'pages', pageTitle: 'Testpagina', pagePath: '/paginas/test', helpful: 'ja' }),
      change: (marker) => ({ editorNote: marker }),
      shows: (doc, marker) => doc.editorNote === marker,
    },
    {
      slug: 'alert-lists',
      drafts: false,
      data: () => ({ finder: 'vacatures', key: unique('lijst'), filters: {}, title: unique('Lijst') }),
      change: (marker) => ({ title: marker }),
      shows: (doc, marker) => doc.title === marker,
    },
    {
      slug: 'alert-subscriptions',
      drafts: false,
      data: (world) => ({ email: `${unique('volger')}@example.org`, list: world.alerts.list.id, frequency: 'daily', uniqueKey: unique('abonnement') }),
      change: (marker) => ({ uniqueKey: marker }),
      shows: (doc, marker) => doc.uniqueKey === marker,
    },
    {
      slug: 'alert-changes',
      drafts: false,
      data: (world) => ({ key: unique('wijziging'), kind: 'new', title: 'Vacature (test)', url: 'https://example.org/v', lists: [world.alerts.list.id] }),
      change: (marker) => ({ title: marker }),
      shows: (doc, marker) => doc.title === marker,
    },
    {
      slug: 'alert-deliveries',
      drafts: false,
      data: (world) => ({ key: unique('verzending'), subscription: world.alerts.subscription.id, change: world.alerts.change.id, digest: unique('d') }),
      change: (marker) => ({ digest: marker }),
      shows: (doc, marker) => doc.digest === marker,
    },
    {
      slug: 'payload-jobs',
      drafts: false,
      // Far in the future, so no test's runner ever picks it up.
      data: () => ({ taskSlug: 'queueReviewReminders', input: {}, queue: 'matrix-test', waitUntil: inDays(3650) }),
      change: (marker) => ({ queue: marker }),
      shows: (doc, marker) => doc.queue === marker,
    },
    {
      slug: 'payload-kv',
      drafts: false,
      data: () => ({ key: unique('sleutel'), data: { n: 1 } }),
      change: (marker) => ({ data: { marker } }),
      shows: (doc, marker) => (doc.data as { marker?: string } | undefined)?.marker === marker,
    },
    {
      slug: 'payload-migrations',
      drafts: false,
      data: () => ({ name: unique('migratie'), batch: 1 }),
      change: (marker) => ({ name: marker }),
      shows: (doc, marker) => doc.name === marker,
    },
    {
      slug: 'payload-locked-documents',
      drafts: false,
      data: (world, _side, actor) => ({
        globalSlug: unique('site'),
        user: { relationTo: 'users', value: (actorUser(world, actor) ?? world.users.admin).id },
      }),
      change: (marker) => ({ globalSlug: marker }),
      shows: (doc, marker) => doc.globalSlug === marker,
    },
    {
      slug: 'payload-preferences',
      drafts: false,
      scope: 'preference',
      data: () => ({ key: unique('voorkeur'), value: { n: 1 } }),
      // Payload sets a preference's owner to the user of the request, whatever the data says.
      createOptions: (world, side, actor) => ({
        user: side === 'A' ? (actorUser(world, actor) ?? world.users.professional) : world.users.redacteur2,
      }),
      change: (marker) => ({ value: { marker } }),
      shows: (doc, marker) => (doc.value as { marker?: string } | undefined)?.marker === marker,
      inScope: (world, doc, actor) =>
        relation((doc.user as { value?: unknown } | undefined)?.value) === actorUser(world, actor)?.id,
    },
  ]
}

/**
 * Makes a document as the system, or takes the fixed one. `state`: published; draft (never
 * published); or published with a newer draft. A draft carries `marker` in the adapter's field, so
 * a reader can tell the draft from the published version.
 */
export async function makeDoc(
  world: World,
  adapter: Adapter,
  side: Side,
  actor: MatrixRole,
  state: 'published' | 'draft' | 'published+draft',
  { allowFixed = true }: { allowFixed?: boolean } = {},
): Promise<{ doc: Doc; made: boolean; marker: string }> {
  const { payload } = world
  const collection = adapter.slug as 'pages'
  const marker = unique('concept')
  const fixed = allowFixed ? adapter.fixed?.(world, side, actor) : null
  if (fixed) {
    if (!adapter.drafts) return { doc: fixed, made: false, marker }
    // A fixed document cannot be "never published": it gets a newer draft instead.
    await payload.update({ collection, id: fixed.id, data: { _status: 'published' } as never, ...SYSTEM })
    const doc =
      state === 'published'
        ? fixed
        : ((await payload.update({
            collection,
            id: fixed.id,
            data: adapter.change(marker) as never,
            draft: true,
            ...SYSTEM,
          })) as unknown as Doc)
    return { doc, made: false, marker }
  }
  const data = await adapter.data(world, side, actor)
  const draftOnly = adapter.drafts && state === 'draft'
  let doc = (await payload.create({
    collection,
    data: (adapter.drafts
      ? { ...data, ...(draftOnly ? adapter.change(marker) : {}), _status: draftOnly ? 'draft' : 'published' }
      : data) as never,
    draft: draftOnly,
    ...SYSTEM,
    ...(adapter.createOptions?.(world, side, actor) ?? {}),
  })) as unknown as Doc
  if (adapter.drafts && state === 'published+draft') {
    doc = (await payload.update({
      collection,
      id: doc.id,
      data: adapter.change(marker) as never,
      draft: true,
      ...SYSTEM,
    })) as unknown as Doc
  }
  return { doc, made: true, marker }
}

export async function removeDoc(world: World, adapter: Adapter, doc: Doc): Promise<void> {
  if (adapter.slug === 'audit-log') return // append-only, by design
  await world.payload.delete({ collection: adapter.slug as 'pages', id: doc.id, ...SYSTEM }).catch(() => undefined)
  adapter.release?.(doc)
}

/** The stored document as the system sees it: its latest version, drafts included. */
export async function stored(world: World, adapter: Adapter, id: ID, draft = true): Promise<Doc | null> {
  return (await world.payload.findByID({
    collection: adapter.slug as 'pages',
    id,
    draft: adapter.drafts && draft,
    ...SYSTEM,
    // Not found reads as null; any other error (the database under load, say) is the failure to see.
    disableErrors: true,
  })) as unknown as Doc | null
}

export function actorOf(world: World, role: MatrixRole): Doc | null {
  return actorUser(world, role)
}

export const systemOptions = SYSTEM
