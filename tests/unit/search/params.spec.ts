import { describe, expect, it } from 'vitest'

import {
  API_PARAMS,
  DEFAULT_HITS_PER_PAGE,
  MAX_HITS_PER_PAGE,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  PAGE_PARAMS,
  parseSearchParams,
  searchParamsSchema,
  searchUrl,
} from '../../../src/search/params'

const parse = (query: string, names = API_PARAMS) => parseSearchParams(new URLSearchParams(query), names)
const accepted = (query: string, names = API_PARAMS) => {
  const result = parse(query, names)
  if (!result.ok) expect.fail(`refused ${query}: ${result.message}`)
  return result.value
}
const refused = (query: string, names = API_PARAMS) => {
  const result = parse(query, names)
  if (result.ok) expect.fail(`accepted ${query}`)
  return result.message
}

describe('search parameters', () => {
  it('defaults to page 1 with ten hits and no filters', () => {
    expect(accepted('')).toEqual({ q: '', filters: {}, page: 1, limit: DEFAULT_HITS_PER_PAGE })
  })

  it('tidies the question: control characters and runs of space become one space', () => {
    expect(accepted(`q=${encodeURIComponent('  ots\u0000\u0007beëindigen \t\n nu ')}`).q).toBe('ots beëindigen nu')
    // The two private-use characters the highlighter uses as marks never come in from outside.
    expect(accepted(`q=${encodeURIComponent('a\uE000b\uE001c')}`).q).toBe('a b c')
  })

  it('counts the length of a question in characters, not code units', () => {
    expect(accepted(`q=${encodeURIComponent('😀'.repeat(MAX_QUERY_LENGTH))}`).q).toHaveLength(MAX_QUERY_LENGTH * 2)
    expect(refused(`q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`)).toBe(`De zoekvraag is te lang: gebruik hoogstens ${MAX_QUERY_LENGTH} tekens.`)
  })

  it('takes repeated filters as one set, and each facet in its own words per surface', () => {
    expect(accepted('type=werkwijze&type=werkwijze&type=regio&region=noord-veluwe&buildingBlock=3').filters).toEqual({
      type: ['werkwijze', 'regio'],
      region: ['noord-veluwe'],
      buildingBlock: ['3'],
    })
    expect(accepted('regio=achterhoek&bouwsteen=8&pagina=2&aantal=20', PAGE_PARAMS)).toEqual({
      q: '',
      filters: { region: ['achterhoek'], buildingBlock: ['8'] },
      page: 2,
      limit: 20,
    })
    // The other surface's names mean nothing here.
    expect(accepted('regio=achterhoek').filters).toEqual({})
  })

  it('refuses unknown values with a Dutch message that names the choices', () => {
    expect(refused('type=nieuws')).toMatch(/^Onbekend type “nieuws”\. Kies uit: .*werkwijze/)
    expect(refused('buildingBlock=9')).toBe('Onbekende bouwsteen “9”: een bouwsteen heeft een nummer van 1 tot en met 8.')
    expect(refused('buildingBlock=0')).toMatch(/^Onbekende bouwsteen/)
    expect(refused('region=Noord%20Veluwe')).toMatch(/^Ongeldige regio “Noord Veluwe”/)
    expect(refused(`region=${'a'.repeat(97)}`)).toMatch(/^Ongeldige regio/)
    expect(refused('audience=iedereen')).toMatch(/^Onbekende doelgroep “iedereen”\. Kies uit: /)
    // An echoed value is cut short.
    expect(refused(`type=${'x'.repeat(500)}`)).toContain(`“${'x'.repeat(40)}”`)
  })

  it('bounds the number of values per filter', () => {
    const many = Array.from({ length: 11 }, (_, i) => `region=regio-${i}`).join('&')
    expect(refused(many)).toBe('Kies hoogstens 10 filters van één soort.')
    expect(accepted(Array.from({ length: 10 }, (_, i) => `region=regio-${i}`).join('&')).filters.region).toHaveLength(10)
  })

  it('takes page and limit only as whole numbers in range', () => {
    expect(accepted(`page=${MAX_PAGE}&limit=${MAX_HITS_PER_PAGE}`)).toMatchObject({ page: MAX_PAGE, limit: MAX_HITS_PER_PAGE })
    for (const page of ['0', '-1', '1.5', 'abc', String(MAX_PAGE + 1), '01', '1e2']) {
      expect(refused(`page=${page}`), page).toBe(`De pagina moet een heel getal van 1 tot en met ${MAX_PAGE} zijn.`)
    }
    for (const limit of ['0', String(MAX_HITS_PER_PAGE + 1), 'alle']) {
      expect(refused(`limit=${limit}`), limit).toBe(`Het aantal resultaten per pagina moet een heel getal van 1 tot en met ${MAX_HITS_PER_PAGE} zijn.`)
    }
  })
})

describe('the search parameter schema', () => {
  it('tells the first problem, in the order question, filters, page, limit', () => {
    expect(refused(`page=0&type=nieuws&q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`)).toMatch(/^De zoekvraag is te lang/)
    expect(refused('limit=0&page=0&audience=iedereen')).toMatch(/^Onbekende doelgroep/)
    expect(refused('limit=0&page=0')).toMatch(/^De pagina/)
  })

  it('is a zod schema over the values as the URL holds them', () => {
    const parsed = searchParamsSchema.parse({ q: ' a ', filters: { type: [], region: [' x ', 'x'], buildingBlock: [], audience: [] }, page: null, limit: '' })
    expect(parsed).toEqual({ q: 'a', filters: { type: [], region: ['x'], buildingBlock: [], audience: [] }, page: 1, limit: DEFAULT_HITS_PER_PAGE })
    expect(searchParamsSchema.safeParse({ q: 'a', filters: {}, page: null, limit: null }).success).toBe(false)
  })
})

describe('search URLs', () => {
  it('writes only what differs from the defaults, in the page’s own words', () => {
    expect(searchUrl({ q: '', filters: {}, page: 1, limit: DEFAULT_HITS_PER_PAGE })).toBe('/zoeken')
    expect(searchUrl({ q: 'ots beëindigen', filters: { region: ['achterhoek', 'rivierenland'], audience: ['raad'] }, page: 3, limit: 20 })).toBe(
      '/zoeken?q=ots+be%C3%ABindigen&regio=achterhoek&regio=rivierenland&voor=raad&pagina=3&aantal=20',
    )
  })

  it('reads back what it wrote', () => {
    const params = { q: 'gesprek', filters: { type: ['werkwijze' as const], buildingBlock: ['2'] }, page: 2, limit: 10 }
    const url = searchUrl(params, API_PARAMS, '/api/search')
    expect(url.startsWith('/api/search?')).toBe(true)
    expect(accepted(url.split('?')[1]!)).toEqual(params)
  })
})
