import { parse } from 'csv-parse/sync'

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

/** What a CSV name may refer to: each key (slug, number, lower-case title) gives an id. */
export type CsvLookup = {
  indicators: Map<string, Id>
  regions: Map<string, Id>
}

export type ParsedMeasurement = {
  line: number
  indicator: Id
  region: Id
  period: string
  value: number
  note: string | null
  isExample: boolean
}

export type RowError = { line: number; message: string }

export type ParseResult = { rows: ParsedMeasurement[]; errors: RowError[] }

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
export function buildLookup(
  indicators: { id: Id; slug?: string | null; number?: number | null; title?: string | null }[],
  regions: { id: Id; slug?: string | null; title?: string | null }[],
): CsvLookup {
  const keyed = (docs: { id: Id; slug?: string | null; number?: number | null; title?: string | null }[]) => {
    const map = new Map<string, Id>()
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

export function parseMeasurementsCsv(text: string, lookup: CsvLookup, options: ParseOptions = {}): ParseResult {
  const { onlyRegion = null, now = new Date(), maxRows = MAX_CSV_ROWS } = options
  const errors: RowError[] = []
  const rows: ParsedMeasurement[] = []
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
  const currentQuarter = periodIndex(periodOf(now))
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

    const indicatorText = column(record, 'indicator')
    const indicator = indicatorText ? lookup.indicators.get(normaliseKey(indicatorText)) : undefined
    if (!indicatorText) problems.push('indicator ontbreekt')
    else if (indicator === undefined) problems.push(`onbekende indicator "${indicatorText}"`)

    const regionText = column(record, 'regio')
    const region = regionText ? lookup.regions.get(normaliseKey(regionText)) : undefined
    if (!regionText) problems.push('regio ontbreekt')
    else if (region === undefined) problems.push(`onbekende regio "${regionText}"`)
    else if (onlyRegion !== null && String(region) !== String(onlyRegion))
      problems.push(`regio "${regionText}" is niet uw eigen regio; u kunt alleen cijfers van uw eigen regio invoeren`)

    const periodText = column(record, 'periode')
    const period = parsePeriod(periodText)
    if (!period) problems.push(`ongeldige periode "${periodText}" (schrijf bijvoorbeeld 2026-Q2)`)
    else if (periodIndex(period) > currentQuarter) problems.push(`periode ${period} ligt in de toekomst`)

    const valueText = column(record, 'waarde')
    const value = parseValue(valueText)
    if (value === null) problems.push(valueText ? `waarde "${valueText}" is geen getal` : 'waarde ontbreekt')

    const note = column(record, 'toelichting')
    if (note.length > MAX_NOTE) problems.push(`toelichting is langer dan ${MAX_NOTE} tekens`)

    const exampleText = normaliseKey(column(record, 'voorbeeld'))
    if (!YES.has(exampleText) && !NO.has(exampleText))
      problems.push(`voorbeeld moet "ja" of "nee" zijn, niet "${exampleText}"`)

    if (indicator !== undefined && region !== undefined && period) {
      const key = `${indicator}|${region}|${period}`
      const earlier = seen.get(key)
      if (earlier !== undefined)
        problems.push(`dubbel: dezelfde indicator, regio en periode staan al op regel ${earlier}`)
      else seen.set(key, line)
    }

    if (problems.length) {
      errors.push({ line, message: capitalise(problems.join('; ')) + '.' })
      continue
    }
    rows.push({
      line,
      indicator: indicator as Id,
      region: region as Id,
      period: period as string,
      value: value as number,
      note: note || null,
      isExample: YES.has(exampleText),
    })
  }
  return { rows, errors }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
