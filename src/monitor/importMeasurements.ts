import type { PayloadRequest, RequiredDataFromCollectionSlug, Where } from 'payload'

import { relationId, type PortalUser } from '../access/types'
import { inTransaction } from '../registrations/transaction'
import { buildLookup, type Id, parseMeasurementsCsv, type RowError } from './parseMeasurementsCsv'

export type ImportReport = {
  ok: boolean
  created: number
  updated: number
  /** Rows read without a problem (only written when ok). */
  rows: number
  errors: RowError[]
}

/** Roles that may import; a regional editor only for their own region. */
const IMPORTERS = new Set(['admin', 'redacteur', 'regioredacteur'])

export class ImportForbidden extends Error {
  readonly code = 'import-forbidden'
}

const key = (indicator: Id, region: Id, period: string) => `${indicator}|${region}|${period}`

/**
 * Imports a CSV of KPI figures on behalf of `req.user`: every row is checked first (see
 * parseMeasurementsCsv), and only a file without problems is written, in one transaction that
 * every write joins through `req`, so a failure halfway leaves nothing behind. A figure that
 * exists (same indicator, region and quarter) is updated, so importing the same file twice changes
 * nothing. Writes run with the user's own access (overrideAccess: false).
 */
export async function importMeasurements(
  req: PayloadRequest,
  csv: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<ImportReport> {
  const user = req.user as (PortalUser & { collection?: string }) | null
  if (!user || !user.role || !IMPORTERS.has(user.role)) {
    throw new ImportForbidden('Alleen redacteuren en regioredacteuren kunnen cijfers importeren.')
  }
  const onlyRegion = user.role === 'regioredacteur' ? relationId(user.region) : null
  if (user.role === 'regioredacteur' && onlyRegion === null) {
    throw new ImportForbidden('Aan uw account is geen regio gekoppeld; vraag de beheerder dat te doen.')
  }
  const { payload } = req
  const readAs = { overrideAccess: false, user: req.user, depth: 0, pagination: false, limit: 0 } as const
  const [indicators, regions] = await Promise.all([
    payload.find({
      collection: 'indicators',
      ...readAs,
      draft: true,
      select: { slug: true, number: true, title: true },
    }),
    payload.find({ collection: 'regions', ...readAs, draft: true, select: { slug: true, title: true } }),
  ])
  const lookup = buildLookup(indicators.docs, regions.docs)
  const { rows, errors } = parseMeasurementsCsv(csv, lookup, { onlyRegion, now })
  if (errors.length) return { ok: false, created: 0, updated: 0, rows: rows.length, errors }

  let current = rows[0]
  try {
    return await inTransaction(req, async (req) => {
      const existing = await findExisting(req, rows)
      let created = 0
      let updated = 0
      for (const row of rows) {
        current = row
        // The ids as the lookup's documents had them (strings on MongoDB), handed back to Payload.
        const data = {
          indicator: row.indicator,
          region: row.region,
          period: row.period,
          value: row.value,
          note: row.note,
          isExample: row.isExample,
        } satisfies RequiredDataFromCollectionSlug<'measurements'>
        const id = existing.get(key(row.indicator, row.region, row.period))
        if (id !== undefined) {
          await payload.update({
            collection: 'measurements',
            id,
            data,
            req,
            overrideAccess: false,
            user: req.user,
            depth: 0,
          })
          updated += 1
        } else {
          await payload.create({
            collection: 'measurements',
            data,
            req,
            overrideAccess: false,
            user: req.user,
            depth: 0,
          })
          created += 1
        }
      }
      return { ok: true, created, updated, rows: rows.length, errors: [] }
    })
  } catch (error) {
    // The transaction is rolled back: report the row it stopped at, nothing was written.
    const status = Number((error as { status?: unknown }).status)
    if (!(status >= 400 && status < 500)) throw error
    return {
      ok: false,
      created: 0,
      updated: 0,
      rows: rows.length,
      errors: [
        {
          line: current.line,
          message: `Deze regel kon niet worden opgeslagen: ${messageOf(error)} Er is niets geïmporteerd.`,
        },
      ],
    }
  }
}

/** The figures that already exist for the file's indicators, regions and quarters, by key. */
async function findExisting(
  req: PayloadRequest,
  rows: { indicator: Id; region: Id; period: string }[],
): Promise<Map<string, Id>> {
  const unique = <T>(values: T[]) => [...new Set(values)]
  const where: Where = {
    and: [
      { indicator: { in: unique(rows.map((r) => r.indicator)) } },
      { region: { in: unique(rows.map((r) => r.region)) } },
      { period: { in: unique(rows.map((r) => r.period)) } },
    ],
  }
  // Read as the system: a figure of another region must be found (and then refused on update),
  // never duplicated.
  const { docs } = await req.payload.find({
    collection: 'measurements',
    where,
    depth: 0,
    pagination: false,
    limit: 0,
    req,
    overrideAccess: true,
  })
  const map = new Map<string, Id>()
  for (const doc of docs) {
    const indicator = relationId(doc.indicator)
    const region = relationId(doc.region)
    if (indicator !== null && region !== null) map.set(key(indicator, region, doc.period), doc.id)
  }
  return map
}

function messageOf(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } }).data
  const messages = data?.errors?.map((e) => e.message).filter(Boolean)
  const text = messages?.length
    ? messages.join(' ')
    : String((error as { message?: unknown }).message ?? 'onbekende fout')
  return /[.!?]$/.test(text) ? text : `${text}.`
}
