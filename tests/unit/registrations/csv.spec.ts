import { describe, expect, it } from 'vitest'

import { csvCell, toCsv } from '../../../src/registrations/csv'

describe('registrations CSV (Dutch Excel)', () => {
  it('writes plain values as they are and empty ones as nothing', () => {
    expect(csvCell('Deelnemer Een')).toBe('Deelnemer Een')
    expect(csvCell(12)).toBe('12')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(false)).toBe('false')
  })

  it('quotes a value with a separator, a quote or a line break, doubling quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""')
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"')
    expect(csvCell('a,b')).toBe('a,b')
  })

  it('keeps formulas as text with a leading apostrophe', () => {
    for (const formula of ['=HYPERLINK("http://x")', '+31612345678', '-1+1', '@SUM(A1)', '\tTAB', '\rCR']) {
      expect(csvCell(formula).replace(/^"/, '').startsWith("'"), formula).toBe(true)
    }
    expect(csvCell('=1;2')).toBe(`"'=1;2"`)
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('writes a byte-order mark, semicolons and CRLF line ends, ending in a line end', () => {
    expect(toCsv(['Naam', 'E-mail'], [['Een', 'een@example.org'], ['Twee; en', null]])).toBe(
      '\uFEFFNaam;E-mail\r\nEen;een@example.org\r\n"Twee; en";\r\n',
    )
    expect(toCsv(['Naam'], [])).toBe('\uFEFFNaam\r\n')
  })
})
