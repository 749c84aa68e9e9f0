import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { searchAnswer } from '../../../src/search/endpoint'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

type Body = {
  error?: string
  total?: number
  hits?: { title: string; titleHtml: string; url: string; type: string; typeLabel: string; snippet: string }[]
  facets?: Record<string, { value: string; label: string; count: number; selected: boolean }[]>
}

describe('GET /api/search', () => {
  const portal = usePayload(sqlite)

  async function call(query: string | URLSearchParams): Promise<{ status: number; body: Body; headers: Headers }> {
    const search = typeof query === 'string' ? query : query.toString()
    const response = await searchAnswer(portal.payload, new URL(`http://localhost/api/search?${search}`))
    return { status: response.status, body: (await response.json()) as Body, headers: response.headers }
  }

  beforeAll(async () => {
    const { payload } = portal
    const region = await payload.create({ collection: 'regions', data: { title: 'Achterhoek', municipalities: ['Doetinchem'], _status: 'published' } })
    await payload.create({
      collection: 'working-methods',
      data: {
        title: 'Overdracht na een ondertoezichtstelling',
        summary: 'Samen met het gezin <b>afspreken</b> wat blijft.',
        scope: 'regio',
        region: region.id,
        audiences: ['jeugdbeschermer'],
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'glossary-terms',
      data: { title: 'Ondertoezichtstelling', abbreviation: 'OTS', definition: 'Maatregel van de kinderrechter.', _status: 'published' },
    })
  })

  it('has one home: its own route (app/(payload)/api/search), no Payload endpoint beside it', () => {
    // The production build's /api/search is exercised by the browser tests (documents, access, instances).
    const endpoints = portal.payload.config.endpoints.map((e) => `${e.method} ${e.path}`)
    expect(endpoints).not.toContain('get /search')
    expect(endpoints).toContain('post /search-click')
  })

  it('answers hits with highlighted, escaped snippets, facets with labels and a total', async () => {
    const { status, body, headers } = await call('q=ots')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/json')
    expect(body.total).toBe(2)
    const method = body.hits!.find((hit) => hit.type === 'werkwijze')!
    expect(method).toMatchObject({ title: 'Overdracht na een ondertoezichtstelling', url: '/werkwijzen/overdracht-na-een-ondertoezichtstelling', typeLabel: 'Werkwijze' })
    expect(method.titleHtml).toBe('Overdracht na een <mark>ondertoezichtstelling</mark>')
    const term = body.hits!.find((hit) => hit.type === 'begrip')!
    expect(term.url).toBe('/begrippen#ondertoezichtstelling')
    expect(body.facets!.region).toEqual([{ value: 'achterhoek', label: 'Achterhoek', count: 1, selected: false }])
    expect(body.facets!.type!.map((f) => f.value).sort()).toEqual(['begrip', 'werkwijze'])
  })

  it('escapes HTML from the content in snippets', async () => {
    const { body } = await call('q=afspreken')
    expect(body.hits![0]!.snippet).toBe('Samen met het gezin &lt;b&gt;<mark>afspreken</mark>&lt;/b&gt; wat blijft.')
  })

  it('filters by type, region and audience and keeps the selection in the facets', async () => {
    const { body } = await call('q=ots&type=werkwijze&region=achterhoek&audience=jeugdbeschermer')
    expect(body.total).toBe(1)
    expect(body.facets!.type!.find((f) => f.value === 'werkwijze')).toMatchObject({ selected: true })
    // Disjunctive: the type facet still offers "begrip" although "werkwijze" is chosen.
    const other = await call('q=ots&type=werkwijze')
    expect(other.body.facets!.type!.map((f) => f.value).sort()).toEqual(['begrip', 'werkwijze'])
  })

  it.each([
    ['type=onbekend', 'Onbekend type'],
    ['page=0', 'De pagina moet een heel getal van 1 tot en met 100 zijn.'],
    ['page=101', 'De pagina moet een heel getal van 1 tot en met 100 zijn.'],
    ['page=abc', 'De pagina moet een heel getal van 1 tot en met 100 zijn.'],
    ['page=1.5', 'De pagina moet een heel getal van 1 tot en met 100 zijn.'],
    ['page=-1', 'De pagina moet een heel getal van 1 tot en met 100 zijn.'],
    [`q=${'a'.repeat(201)}`, 'De zoekvraag is te lang: gebruik hoogstens 200 tekens.'],
    ['region=Noord Veluwe', 'Ongeldige regio'],
    ['region=../../etc', 'Ongeldige regio'],
    ['buildingBlock=9', 'Onbekende bouwsteen'],
    ['audience=iedereen', 'Onbekende doelgroep'],
    ['limit=500', 'Het aantal resultaten per pagina'],
  ])('rejects %s with 400 and a Dutch message', async (query, message) => {
    const { status, body } = await call(query)
    expect(status).toBe(400)
    expect(body.error).toContain(message)
  })

  // Odd input is answered, never refused with a 500: nothing found for noise, the whole index for
  // an empty question, the same two answers for a repeated word.
  const ALL = ['Achterhoek', 'Ondertoezichtstelling', 'Overdracht na een ondertoezichtstelling']
  const OTS = ['Ondertoezichtstelling', 'Overdracht na een ondertoezichtstelling']
  it.each<[string, string[]]>([
    [`q=${encodeURIComponent('<script>alert(1)</script>')}`, []],
    [`q=${encodeURIComponent("' OR 1=1; DROP TABLE pages; --")}`, []],
    [`q=${encodeURIComponent('%_%')}`, []],
    [`q=${encodeURIComponent('🧒🏽👨‍👩‍👧 ✨')}`, []],
    [`q=${encodeURIComponent('(((*?[]{}\\')}`, []],
    [`q=${encodeURIComponent('\u0000\u0007nul')}`, []],
    ['q=%E0%A4%A', []],
    ['q=%uD800', []],
    [`q=${encodeURIComponent('مرحبا עולם')}`, []],
    [`q=${encodeURIComponent('ots '.repeat(50).trim().slice(0, 200))}`, OTS],
    [`q=${'x'.repeat(200)}`, []],
    [`q=${encodeURIComponent('ondertoezichtstellingondertoezichtstellingondertoezichtstelling')}`, []],
    ['q=a&q=b&onbekend=1', []],
    ['q=', ALL],
    ['type=begrip', ['Ondertoezichtstelling']],
  ])('never fails on odd input: %s', async (query, titles) => {
    const { status, body } = await call(query)
    expect(status).toBe(200)
    expect(body.hits!.map((hit) => hit.title).sort()).toEqual(titles)
    expect(body.total).toBe(titles.length)
    for (const hit of body.hits ?? []) expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/)
  })

  it('gives a repeated question the answer it gave before, until an edit changes the index', async () => {
    const before = await call('q=verwijsindex')
    expect(before.body.total).toBe(0)
    const term = await portal.payload.create({
      collection: 'glossary-terms',
      data: { title: 'Verwijsindex', definition: 'Landelijk systeem waarin professionals zorgen melden.', _status: 'published' },
    })
    try {
      const after = await call('q=verwijsindex')
      expect(after.body.hits!.map((hit) => hit.title)).toEqual(['Verwijsindex'])
      expect(await call('q=verwijsindex')).toEqual(after)
      await portal.payload.update({ collection: 'glossary-terms', id: term.id, data: { title: 'Verwijsindex risicojongeren' } })
      expect((await call('q=verwijsindex')).body.hits!.map((hit) => hit.title)).toEqual(['Verwijsindex risicojongeren'])
    } finally {
      await portal.payload.delete({ collection: 'glossary-terms', id: term.id })
    }
    expect((await call('q=verwijsindex')).body.total).toBe(0)
  })

  it('keeps the search engine keys out of the browser', () => {
    const box = fs.readFileSync(path.resolve(import.meta.dirname, '../../../src/components/search/SearchBox.tsx'), 'utf8')
    expect(box).not.toMatch(/ALGOLIA|algoliasearch|process\.env/)
    expect(box).toContain('/api/search')
  })
})
