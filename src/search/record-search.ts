import type { Payload } from 'payload'

import { foldAccents } from './text/normalize'

/** Longer queries are cut: nobody needs more to see what was looked for. */
export const MAX_LOGGED_QUERY_LENGTH = 100
/** New distinct queries per day; beyond this they are counted together, so no one can fill the database. */
export const MAX_QUERIES_PER_DAY = 1_000
/** Where queries beyond the daily limit are counted. */
export const OTHER_QUERIES = '(overige zoekvragen)'
/** Rows older than this are removed when a new day starts. */
const KEEP_DAYS = 400

const COLLECTION = 'search-query-stats'
const SYSTEM = { overrideAccess: true, depth: 0 } as const

/**
 * The query as the statistics keep it: lower case, no accents, only letters and digits, cut at
 * {@link MAX_LOGGED_QUERY_LENGTH}. So "OTS beëindigen?" and "ots beeindigen" are one row.
 */
export function normaliseLoggedQuery(query: string): string {
  const folded = foldAccents(query)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return [...folded].slice(0, MAX_LOGGED_QUERY_LENGTH).join('').trim()
}

export const statsDay = (now: Date): string => now.toISOString().slice(0, 10)

type Row = { id: number | string; searches?: number | null; noResults?: number | null; clicks?: number | null }

async function findRow(payload: Payload, query: string, day: string): Promise<Row | null> {
  const { docs } = await payload.find({
    collection: COLLECTION,
    ...SYSTEM,
    limit: 1,
    pagination: false,
    where: { query: { equals: query }, day: { equals: day } },
  })
  return (docs[0] as Row | undefined) ?? null
}

async function prune(payload: Payload, now: Date): Promise<void> {
  const cutoff = statsDay(new Date(now.getTime() - KEEP_DAYS * 86_400_000))
  await payload.delete({ collection: COLLECTION, ...SYSTEM, where: { day: { less_than: cutoff } } })
}

/**
 * Counts one search from the results page: per normalised query and day, whether it found
 * anything. Nothing about the visitor is stored. Bounded: a capped query, and at most
 * {@link MAX_QUERIES_PER_DAY} rows a day.
 */
export async function recordSearch(
  payload: Payload,
  query: string,
  found: number,
  { now = new Date(), maxQueriesPerDay = MAX_QUERIES_PER_DAY }: { now?: Date; maxQueriesPerDay?: number } = {},
): Promise<void> {
  let key = normaliseLoggedQuery(query)
  if (!key) return
  const day = statsDay(now)
  const add = (row: Row) =>
    payload.update({
      collection: COLLECTION,
      id: row.id,
      ...SYSTEM,
      data: { searches: (row.searches ?? 0) + 1, noResults: (row.noResults ?? 0) + (found === 0 ? 1 : 0) },
    })
  let row = await findRow(payload, key, day)
  if (row) {
    await add(row)
    return
  }
  const { totalDocs } = await payload.count({
    collection: COLLECTION,
    overrideAccess: true,
    where: { day: { equals: day } },
  })
  if (totalDocs === 0) await prune(payload, now)
  if (totalDocs >= maxQueriesPerDay) {
    key = OTHER_QUERIES
    row = await findRow(payload, key, day)
    if (row) {
      await add(row)
      return
    }
  }
  try {
    await payload.create({
      collection: COLLECTION,
      ...SYSTEM,
      data: { query: key, day, searches: 1, noResults: found === 0 ? 1 : 0, clicks: 0 },
    })
  } catch {
    // Another request created the same row a moment ago (unique query + day): count on it.
    const again = await findRow(payload, key, day)
    if (again) await add(again)
  }
}

/**
 * Counts a click on a result of a query searched today. Only an existing row is counted, so a
 * click cannot add rows: the statistics grow through searches alone.
 */
export async function recordClick(payload: Payload, query: string, now = new Date()): Promise<boolean> {
  const key = normaliseLoggedQuery(query)
  if (!key) return false
  const row = await findRow(payload, key, statsDay(now))
  if (!row) return false
  await payload.update({ collection: COLLECTION, id: row.id, ...SYSTEM, data: { clicks: (row.clicks ?? 0) + 1 } })
  return true
}
