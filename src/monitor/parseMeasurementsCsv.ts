import { parse } from 'csv-parse/sync'
import { z } from 'zod'

import { parsePeriod, periodIndex, periodOf } from './periods'

/**
 * Reads a CSV of KPI figures and checks every row, without touching the database: the import
 * (importMeasurements.ts) writes only when this finds nothing wrong, so a file goes in whole or
 * not at all. Every bad row is reported with its line number in the file, in Dutch.
 *
 * Columns (header on the first line, any order, semicolon or comma separated):
 *   indicator   slug, number or title of the KPI
 *   regio       slug or name of the region
 *   periode     quarter, e.g. 2026-Q2 (2026-K2 is read too)
 *   waarde      number; a decimal comma or point
 *   toelichting optional note
 *   voorbeeld   optional: ja/nee (example figures shown with "voorbeeldcijfers")
 */

export const MAX_CSV_BYTES = 512 * 1024
export const MAX_CSV_ROWS = 5000
const MAX_NOTE = 400

export const REQUIRED_COLUMNS = ['indicator', 'regio', 'periode', 'waarde'] as const
export const OPTIONAL_COLUMNS = ['toelichting', 'voorbeeld'] as const
const KNOWN_COLUMNS = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS])

export type Id = number | string

/**
 * What a CSV name may refer to: each key (slug, number, lower-case title) gives an id. Generic in
 * the id type, so the rows carry the ids exactly as the documents of the lookup had them.
 */
export type CsvLookup<I extends Id = Id> = {
  indicators: Map<string, I>
  regions: Map<string, I>
}

export type ParsedMeasurement<I extends Id = Id> = {
  line: number
  indicator: I
  region: I
  period: string
  value: number
  note: string | null
  isExample: boolean
}

export type RowError = { line: number; message: string }

export type ParseResult<I extends Id = Id> = { rows: ParsedMeasurement<I>[]; errors: RowError[] }

export type ParseOptions = {
  /** A regional editor's own region: rows for any other region are refused. Null: all regions. */
  onlyRegion?: Id | null
  /** Figures for quarters that have not begun are refused. */
  now?: Date
  maxRows?: number
}

const normaliseKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')

/** Builds the lookup from documents: slug, number and title all name the same thing. */
export function buildLookup<I extends Id>(
  indicators: { id: I; slug?: string | null; number?: number | null; title?: string | null }[],
  regions: { id: I; slug?: string | null; title?: string | null }[],
): CsvLookup<I> {
  const keyed = (docs: { id: I; slug?: string | null; number?: number | null; title?: string | null }[]) => {
    const map = new Map<string, I>()
    for (const doc of docs) {
      for (const key of [doc.slug, doc.number, doc.title]) {
        if (key !== null && key !== undefined && String(key).trim()) map.set(normaliseKey(String(key)), doc.id)
      }
    }
    return map
  }
  return { indicators: keyed(indicators), regions: keyed(regions) }
}

/** "12,5", "12.5", "-3", " 40 " → number; "12,5%", "1.234,5", "" → null. */
export function parseValue(text: string): number | null {
  // A leading apostrophe is how our own export (and Excel) keeps "-3" from being read as a formula.
  const trimmed = text.trim().replace(/^'/, '')
  if (!/^-?\d{1,12}([.,]\d{1,6})?$/.test(trimmed)) return null
  return Number(trimmed.replace(',', '.'))
}

const YES = new Set(['ja', 'j', 'yes', 'true', '1', 'x'])
const NO = new Set(['nee', 'n', 'no', 'false', '0', ''])

/** The delimiter the header uses: Dutch Excel writes semicolons, most other tools commas. */
function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  return firstLine.includes(';') ? ';' : ','
}

/** One row's cells by column name, as read from the file ('' for an empty or missing cell). */
export type MeasurementRow = Record<(typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number], string>

/** Refuses a cell with `message` (lower case: a row's problems are joined into one sentence). */
function refuse(context: z.RefinementCtx, message: string): typeof z.NEVER {
  context.addIssue({ code: 'custom', message })
  return z.NEVER
}

/**
 * One row of the file as a zod schema: each cell checked and turned into what is stored, every
 * problem of the row reported (in column order) rather than only the first. `onlyRegion` and the
 * current quarter are part of the check, so the schema is made per import.
 */
export function measurementRowSchema<I extends Id>(lookup: CsvLookup<I>, { onlyRegion = null, now = new Date() }: Pick<ParseOptions, 'onlyRegion' | 'now'> = {}) {
  const currentQuarter = periodIndex(periodOf(now))
  return z.object({
    indicator: z.string().transform((text, context) => {
      if (!text) return refuse(context, 'indicator ontbreekt')
      const id = lookup.indicators.get(normaliseKey(text))
      return id === undefined ? refuse(context, `onbekende indicator "${text}"`) : id
    }),
    regio: z.string().transform((text, context) => {
      if (!text) return refuse(context, 'regio ontbreekt')
      const id = lookup.regions.get(normaliseKey(text))
      if (id === undefined) return refuse(context, `onbekende regio "${text}"`)
      if (onlyRegion !== null && String(id) !== String(onlyRegion))
        return refuse(context, `regio "${text}" is niet uw eigen regio; u kunt alleen cijfers van uw eigen regio invoeren`)
      return id
    }),
    periode: z.string().transform((text, context) => {
      const period = parsePeriod(text)
      if (!period) return refuse(context, `ongeldige periode "${text}" (schrijf bijvoorbeeld 2026-Q2)`)
      return periodIndex(period) > currentQuarter ? refuse(context, `periode ${period} ligt in de toekomst`) : period
    }),
    waarde: z.string().transform((text, context) => {
      const value = parseValue(text)
      return value === null ? refuse(context, text ? `waarde "${text}" is geen getal` : 'waarde ontbreekt') : value
    }),
    toelichting: z
      .string()
      .max(MAX_NOTE, `toelichting is langer dan ${MAX_NOTE} tekens`)
      .transform((note) => note || null),
    voorbeeld: z.string().transform((text, context) => {
      const answer = normaliseKey(text)
      if (YES.has(answer)) return true
      return NO.has(answer) ? false : refuse(context, `voorbeeld moet "ja" of "nee" zijn, niet "${answer}"`)
    }),
  })
}

export function parseMeasurementsCsv<I extends Id>(text: string, lookup: CsvLookup<I>, options: ParseOptions = {}): ParseResult<I> {
  const { onlyRegion = null, now = new Date(), maxRows = MAX_CSV_ROWS } = options
  const errors: RowError[] = []
  const rows: ParsedMeasurement<I>[] = []
  const source = text.replace(/^\uFEFF/, '')
  if (Buffer.byteLength(source, 'utf8') > MAX_CSV_BYTES) {
    return {
      rows,
      errors: [{ line: 0, message: `Het bestand is groter dan ${MAX_CSV_BYTES / 1024} kB. Splits het op.` }],
    }
  }
  if (!source.trim()) return { rows, errors: [{ line: 0, message: 'Het bestand is leeg.' }] }

  let records: { record: string[]; info: { lines: number } }[]
  try {
    // csv-parse's types ignore `info: true`, which wraps every record as { record, info }.
    records = parse(source, {
      delimiter: detectDelimiter(source),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      to: maxRows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    const line = Number((error as { lines?: unknown }).lines) || 0
    return { rows, errors: [{ line, message: 'Het bestand is geen geldige CSV (controleer de aanhalingstekens).' }] }
  }
  if (records.length === 0) return { rows, errors: [{ line: 0, message: 'Het bestand is leeg.' }] }

  const [{ record: header, info: headerInfo }, ...body] = records
  const columns = header.map((name) => normaliseKey(name))
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name))
  if (missing.length) {
    return {
      rows,
      errors: [
        {
          line: headerInfo.lines,
          message: `De kopregel mist de kolom(men) ${missing.join(', ')}. Verwacht: ${REQUIRED_COLUMNS.join(';')}[;toelichting;voorbeeld].`,
        },
      ],
    }
  }
  const unknown = columns.filter((name) => name && !KNOWN_COLUMNS.has(name))
  if (unknown.length) {
    errors.push({ line: headerInfo.lines, message: `Onbekende kolom(men) in de kopregel: ${unknown.join(', ')}.` })
  }
  if (body.length > maxRows) {
    return { rows, errors: [{ line: 0, message: `Het bestand heeft meer dan ${maxRows} regels. Splits het op.` }] }
  }
  if (body.length === 0) errors.push({ line: headerInfo.lines, message: 'Het bestand heeft geen regels met cijfers.' })

  const column = (record: string[], name: string) => {
    const index = columns.indexOf(name)
    return index >= 0 ? (record[index] ?? '').trim() : ''
  }
  const rowSchema = measurementRowSchema(lookup, { onlyRegion, now })
  const keySchema = rowSchema.pick({ indicator: true, regio: true, periode: true })
  const seen = new Map<string, number>()

  for (const { record, info } of body) {
    // csv-parse counts to the end of the record; a quoted cell may span lines, and people look
    // for the line the row starts on.
    const line = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
    const problems: string[] = []
    // Fewer cells are fine (a missing required one is reported by name); more cells mean the
    // columns have shifted, often a decimal comma in a comma-separated file.
    if (record.length > header.length)
      problems.push(
        `${record.length} kolommen, meer dan de ${header.length} van de kopregel (zet een decimaal met komma tussen aanhalingstekens of gebruik puntkomma's)`,
      )

    const cells = Object.fromEntries(
      [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((name) => [name, column(record, name)]),
    ) as MeasurementRow
    const parsed = rowSchema.safeParse(cells)
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => issue.message))

    // The same indicator, region and quarter twice in one file: the second is refused.
    const key = keySchema.safeParse(cells)
    if (key.success) {
      const { indicator, regio, periode } = key.data
      const id = `${indicator}|${regio}|${periode}`
      const earlier = seen.get(id)
      if (earlier !== undefined)
        problems.push(`dubbel: dezelfde indicator, regio en periode staan al op regel ${earlier}`)
      else seen.set(id, line)
    }

    if (problems.length) {
      errors.push({ line, message: capitalise(problems.join('; ')) + '.' })
      continue
    }
    if (!parsed.success) continue
    const row = parsed.data
    rows.push({
      line,
      indicator: row.indicator,
      region: row.regio,
      period: row.periode,
      value: row.waarde,
      note: row.toelichting,
      isExample: row.voorbeeld,
    })
  }
  return { rows, errors }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
