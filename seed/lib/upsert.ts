import type { CollectionSlug, PayloadRequest, RequiredDataFromCollectionSlug, SelectType } from 'payload'

import { isRecord } from '../../src/lib/records'
import { inTransaction } from '../../src/registrations/transaction'
import { type ID, SEED_CONTEXT, type SeedContext } from './context'

export type UpsertResult = { ids: Map<string, ID>; created: number; updated: number }

type UpsertOptions<S extends CollectionSlug> = {
  collection: S
  items: RequiredDataFromCollectionSlug<S>[]
  /**
   * The fields of the natural key (slug; indicator, region and period); only these are loaded of
   * the existing documents, so that stays cheap.
   */
  keyFields: string[]
  /** The natural key from stored or new data; by default the key fields' values (relations by id) joined by `|`. */
  keyOf?: (doc: Record<string, unknown>) => string
  /** Collections with drafts get `_status: 'published'`: the seed shows a finished portal. */
  publish: boolean
  /** Fields never overwritten on an existing document (e.g. a password someone has changed). */
  keepOnUpdate?: string[]
  /**
   * For a step bound by the CPU rather than the database (accounts: hashing one password takes
   * half a second): no step transaction, and this many documents at a time, each written without
   * a transaction of its own, so the hashing runs in parallel and outside SQLite's write lock.
   */
  parallel?: number
}

const relationKey = (value: unknown): string =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : String(value ?? '')

const byFields =
  (fields: string[]) =>
  (doc: Record<string, unknown>): string =>
    fields.map((field) => relationKey(doc[field])).join('|')

/**
 * Creates what is missing and updates what exists, matched by natural key, so a second run leaves
 * the same documents behind. Every call is the system's own: access is overridden on purpose, and
 * the seeding context tells other hooks to skip side effects. A step runs in one transaction: it
 * lands completely or not at all, and SQLite commits once per step instead of once per document,
 * which keeps the whole seed well under a minute.
 */
export function upsertMany<S extends CollectionSlug>(
  ctx: SeedContext,
  options: UpsertOptions<S>,
): Promise<UpsertResult> {
  if (options.parallel) return upsertInto(ctx, options, undefined)
  return inTransaction(ctx.payload, (req) => upsertInto(ctx, options, req), { ...SEED_CONTEXT })
}

async function upsertInto<S extends CollectionSlug>(
  ctx: SeedContext,
  options: UpsertOptions<S>,
  req: PayloadRequest | undefined,
): Promise<UpsertResult> {
  const { payload } = ctx
  const {
    collection,
    items,
    keyFields,
    keyOf = byFields(keyFields),
    publish,
    keepOnUpdate = [],
    parallel = 1,
  } = options
  // Inside the step's transaction, or (parallel steps) each write on its own without one.
  const common = {
    depth: 0,
    overrideAccess: true,
    context: SEED_CONTEXT,
    ...(req ? { req } : { disableTransaction: true }),
  }
  // Read and updated as any collection: TypeScript cannot build Payload's select and update types for
  // a generic S (TS2590, too complex); the typed create below keeps S.
  const slug: CollectionSlug = collection
  const select: SelectType = Object.fromEntries(keyFields.map((field) => [field, true]))
  const existing = await payload.find({
    collection: slug,
    pagination: false,
    select,
    ...common,
  })
  const byKey = new Map<string, ID>()
  for (const doc of existing.docs) if (isRecord(doc)) byKey.set(keyOf(doc), doc.id)

  const seen = new Set<string>()
  for (const item of items) {
    const key = keyOf(item as Record<string, unknown>)
    if (seen.has(key)) throw new Error(`Seed: dubbele sleutel "${key}" in ${collection}.`)
    seen.add(key)
  }

  const ids = new Map<string, ID>()
  let created = 0
  let updated = 0
  const write = async (item: RequiredDataFromCollectionSlug<S>) => {
    const key = keyOf(item as Record<string, unknown>)
    const data: RequiredDataFromCollectionSlug<S> = publish ? { ...item, _status: 'published' } : item
    const id = byKey.get(key)
    if (id === undefined) {
      const doc = await payload.create({ collection, data, ...common })
      ids.set(key, doc.id)
      created++
    } else {
      const update = Object.fromEntries(Object.entries(data).filter(([field]) => !keepOnUpdate.includes(field)))
      await payload.update({ collection: slug, id, data: update, ...common })
      ids.set(key, id)
      updated++
    }
  }
  // Inside a transaction one at a time: a database connection runs one statement at a time.
  for (let start = 0; start < items.length; start += parallel) {
    await Promise.all(items.slice(start, start + parallel).map(write))
  }
  return { ids, created, updated }
}
