import { describe, expect, it } from 'vitest'

import { buildLookup, measurementRowSchema, parseMeasurementsCsv, parseValue } from '../../../src/monitor/parseMeasurementsCsv'
import { parsePeriod } from '../../../src/monitor/periods'

const lookup = buildLookup(
  [
    { id: 1, slug: 'aantal-maatregelen', number: 1, title: 'Aantal maatregelen' },
    { id: 2, slug: 'wachttijd', number: 6, title: 'Wachttijd tot de start van jeugdhulp' },
  ],
  [
    { id: 10, slug: 'achterhoek', title: 'Achterhoek' },
    { id: 11, slug: 'midden-ijssel-oost-veluwe', title: 'Midden-IJssel/Oost-Veluwe' },
  ],
)
const NOW = new Date('2026-11-15T00:00:00Z')
const parse = (csv: string, onlyRegion: number | null = null) =>
  parseMeasurementsCsv(csv, lookup, { now: NOW, onlyRegion })

describe('parseMeasurementsCsv', () => {
  it('reads a Dutch Excel file: BOM, semicolons, CRLF, decimal comma, names by slug, number or title', () => {
    const csv =
      '\uFEFFIndicator;Regio;Periode;Waarde;Toelichting;Voorbeeld\r\n1;achterhoek;2026-Q1;120;;nee\r\nWachttijd tot de start van jeugdhulp;Midden-IJssel/Oost-Veluwe;2026-k2;"41,5";Eerste meting;ja\r\n'
    const { rows, errors } = parse(csv)
    expect(errors).toEqual([])
    expect(rows).toEqual([
      { line: 2, indicator: 1, region: 10, period: '2026-Q1', value: 120, note: null, isExample: false },
      { line: 3, indicator: 2, region: 11, period: '2026-Q2', value: 41.5, note: 'Eerste meting', isExample: true },
    ])
  })

  it('reads a comma-separated file with decimal points', () => {
    const { rows, errors } = parse('indicator,regio,periode,waarde\naantal-maatregelen,achterhoek,2025-Q4,12.5\n')
    expect(errors).toEqual([])
    expect(rows[0]).toMatchObject({ value: 12.5, period: '2025-Q4' })
  })

  it('reports every bad row with its line number, skipping blank lines in the count correctly', () => {
    const csv = [
      'indicator;regio;periode;waarde', // 1
      '1;achterhoek;2026-Q1;10', // 2
      '', // 3
      'geen-kpi;achterhoek;2026-Q1;10', // 4
      '1;veluwe;2026-Q1;10', // 5
      '1;achterhoek;2026-Q7;10', // 6
      '1;achterhoek;2026-Q2;tien', // 7
      '1;achterhoek;2026-Q1;11', // 8: same as line 2
      '1;achterhoek;2027-Q1;10', // 9: not begun
      '1;achterhoek;2026-Q3;', // 10
    ].join('\n')
    const { rows, errors } = parse(csv)
    expect(rows).toHaveLength(1)
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9, 10])
    expect(errors[0].message).toBe('Onbekende indicator "geen-kpi".')
    expect(errors[1].message).toBe('Onbekende regio "veluwe".')
    expect(errors[2].message).toMatch(/^Ongeldige periode "2026-Q7"/)
    expect(errors[3].message).toBe('Waarde "tien" is geen getal.')
    expect(errors[4].message).toBe('Dubbel: dezelfde indicator, regio en periode staan al op regel 2.')
    expect(errors[5].message).toBe('Periode 2027-Q1 ligt in de toekomst.')
    expect(errors[6].message).toBe('Waarde ontbreekt.')
  })

  it('gives the line a row starts on when a quoted note spans lines', () => {
    const csv =
      'indicator;regio;periode;waarde;toelichting\n1;achterhoek;2026-Q1;1;"twee\nregels"\n1;achterhoek;2026-Q2;x;\n'
    expect(parse(csv).errors).toEqual([{ line: 4, message: 'Waarde "x" is geen getal.' }])
  })

  it('names missing columns in the header and refuses a shifted row', () => {
    expect(parse('indicator;regio;waarde\n1;achterhoek;3\n').errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/mist de kolom\(men\) periode/),
    })
    const shifted = parse('indicator,regio,periode,waarde\n1,achterhoek,2026-Q1,12,5\n')
    expect(shifted.errors[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/meer dan de 4 van de kopregel/),
    })
  })

  it('refuses rows of another region for a regional editor', () => {
    const { errors } = parse(
      'indicator;regio;periode;waarde\n1;achterhoek;2026-Q1;1\n1;midden-ijssel-oost-veluwe;2026-Q1;1\n',
      10,
    )
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/niet uw eigen regio/) }])
  })

  it('refuses empty files, broken quoting and too many rows', () => {
    expect(parse('').errors[0].message).toBe('Het bestand is leeg.')
    expect(parse('indicator;regio;periode;waarde\n').errors[0].message).toMatch(/geen regels met cijfers/)
    expect(parse('indicator;regio;periode;waarde\n1;"achterhoek;2026-Q1;1\n').errors[0].message).toMatch(
      /geen geldige CSV/,
    )
    const many = [
      'indicator;regio;periode;waarde',
      ...Array.from({ length: 6 }, (_, i) => `1;achterhoek;2026-Q1;${i}`),
    ].join('\n')
    expect(parseMeasurementsCsv(many, lookup, { now: NOW, maxRows: 5 }).errors[0].message).toMatch(/meer dan 5 regels/)
  })
})

describe('parseValue and parsePeriod', () => {
  it('reads numbers the way people type them, and nothing else', () => {
    expect(parseValue(' 12,5 ')).toBe(12.5)
    expect(parseValue('-3')).toBe(-3)
    expect(parseValue("'-3")).toBe(-3)
    for (const bad of ['', '12,5%', '1.234,5', '1e3', 'NaN', '12 5']) expect(parseValue(bad)).toBeNull()
  })
  it('normalises quarters', () => {
    expect(parsePeriod('2026 q2')).toBe('2026-Q2')
    expect(parsePeriod('2026-K4')).toBe('2026-Q4')
    for (const bad of ['2026-Q0', '2026-Q5', '26-Q1', '2026-05', '']) expect(parsePeriod(bad)).toBeNull()
  })
})

describe('measurementRowSchema: one row of the CSV', () => {
  const schema = measurementRowSchema(lookup, { now: NOW })
  const row = { indicator: 'wachttijd', regio: 'Achterhoek', periode: '2026-k3', waarde: '7,5', toelichting: '', voorbeeld: 'Ja' }

  it('turns the cells into what is stored', () => {
    expect(schema.parse(row)).toEqual({ indicator: 2, regio: 10, periode: '2026-Q3', waarde: 7.5, toelichting: null, voorbeeld: true })
  })

  it('reports every problem of the row in column order, in Dutch', () => {
    const result = schema.safeParse({ indicator: '', regio: 'Veluwe', periode: '2027-Q1', waarde: '1.234,5', toelichting: 'x'.repeat(401), voorbeeld: 'misschien' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'indicator ontbreekt',
      'onbekende regio "Veluwe"',
      'periode 2027-Q1 ligt in de toekomst',
      'waarde "1.234,5" is geen getal',
      'toelichting is langer dan 400 tekens',
      'voorbeeld moet "ja" of "nee" zijn, niet "misschien"',
    ])
  })

  it('holds a regional editor to the own region', () => {
    const own = measurementRowSchema(lookup, { now: NOW, onlyRegion: 11 })
    expect(own.safeParse(row).error?.issues.map((issue) => issue.message)).toEqual([
      'regio "Achterhoek" is niet uw eigen regio; u kunt alleen cijfers van uw eigen regio invoeren',
    ])
    expect(own.safeParse({ ...row, regio: 'midden-ijssel-oost-veluwe' }).success).toBe(true)
  })
})
