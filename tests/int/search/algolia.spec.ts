import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ALGOLIA_SETTINGS, AlgoliaSearchProvider, algoliaOptionsFromEnv } from '../../../src/search/engines/algolia'
import { createProviderFromEnv } from '../../../src/search/indexOwner'
import { partsToHtml } from '../../../src/search/text/highlight'
import { FACETS, type SearchRecord } from '../../../src/search/types'
import { searchRecord } from '../../helpers/searchRecords'
import { type FakeAlgolia, startFakeAlgolia } from './algolia-server'

const record = (objectID: string, title: string, extra: Partial<SearchRecord> = {}) => searchRecord({ objectID, title, ...extra })

let fake: FakeAlgolia
let provider: AlgoliaSearchProvider

const writes = () => fake.requests.filter((r) => r.method !== 'GET' && r.path !== '/1/indexes/*/queries')

beforeAll(async () => {
  fake = await startFakeAlgolia()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  fake.requests.length = 0
  fake.indices.clear()
  provider = new AlgoliaSearchProvider({
    appId: 'TESTAPP',
    adminApiKey: 'admin-key-never-in-the-browser',
    searchApiKey: 'search-only-key',
    indexName: 'portaal',
    hosts: fake.hosts,
  })
})

describe('Algolia engine against a recording server', () => {
  it('is chosen only when both the application id and the admin key are set', () => {
    expect(algoliaOptionsFromEnv({})).toBeNull()
    expect(algoliaOptionsFromEnv({ ALGOLIA_APP_ID: 'X' })).toBeNull()
    expect(createProviderFromEnv({}).kind).toBe('embedded')
    expect(createProviderFromEnv({ ALGOLIA_APP_ID: 'X', ALGOLIA_ADMIN_API_KEY: 'Y' }).kind).toBe('algolia')
    expect(algoliaOptionsFromEnv({ ALGOLIA_APP_ID: 'X', ALGOLIA_ADMIN_API_KEY: 'Y' })?.indexName).toBe('kennisportaal')
  })

  it('pushes the Dutch settings from code before the first record, then saves the records', async () => {
    await provider.upsert([record('working-methods:1', 'Warme overdracht')])
    const [settings, batch] = writes()
    expect(settings).toMatchObject({ method: 'PUT', path: '/1/indexes/portaal/settings' })
    expect(settings!.body).toMatchObject({
      queryLanguages: ['nl'],
      indexLanguages: ['nl'],
      ignorePlurals: true,
      removeStopWords: true,
      typoTolerance: true,
      searchableAttributes: ['title', 'keywords', 'summary', 'headings', 'unordered(tags)', 'unordered(body)'],
      attributesForFaceting: expect.arrayContaining(['type', 'regions', 'buildingBlocks', 'audiences']),
    })
    expect(settings!.body).toEqual(JSON.parse(JSON.stringify(ALGOLIA_SETTINGS)))
    expect(batch).toMatchObject({ method: 'POST', path: '/1/indexes/portaal/batch' })
    expect(batch!.body).toEqual({
      requests: [
        {
          action: 'addObject',
          body: expect.objectContaining({ objectID: 'working-methods:1', title: 'Warme overdracht' }),
        },
      ],
    })
    // Writes carry the admin key.
    expect(batch!.headers['x-algolia-api-key']).toBe('admin-key-never-in-the-browser')

    // Settings go out once per process, not with every edit.
    await provider.upsert([record('working-methods:2', 'Tweede')])
    expect(writes().filter((r) => r.path.endsWith('/settings'))).toHaveLength(1)
  })

  it('replaces all synonyms with the glossary groups, "Ook gezocht als" as one-way synonyms', async () => {
    await provider.setSynonyms([
      { id: 'glossary-ots', terms: ['OTS', 'ondertoezichtstelling'] },
      { id: 'base-vt', terms: ['VT', 'Veilig Thuis'] },
      {
        id: 'glossary-escalatiemodel',
        terms: ['Escalatiemodel', 'doorbraakroute'],
        related: ['niet eens worden', 'loopt vast'],
      },
      { id: 'glossary-warme-overdracht', terms: ['Warme overdracht'], related: ['maatregel afgelopen'] },
    ])
    const [request] = writes()
    expect(request).toMatchObject({ method: 'POST', path: '/1/indexes/portaal/synonyms/batch' })
    expect(request!.query).toMatchObject({ replaceExistingSynonyms: 'true' })
    expect(request!.body).toEqual([
      { objectID: 'glossary-ots', type: 'synonym', synonyms: ['OTS', 'ondertoezichtstelling'] },
      { objectID: 'base-vt', type: 'synonym', synonyms: ['VT', 'Veilig Thuis'] },
      { objectID: 'glossary-escalatiemodel', type: 'synonym', synonyms: ['Escalatiemodel', 'doorbraakroute'] },
      {
        objectID: 'glossary-escalatiemodel--ook-1',
        type: 'oneWaySynonym',
        input: 'niet eens worden',
        synonyms: ['Escalatiemodel', 'doorbraakroute'],
      },
      {
        objectID: 'glossary-escalatiemodel--ook-2',
        type: 'oneWaySynonym',
        input: 'loopt vast',
        synonyms: ['Escalatiemodel', 'doorbraakroute'],
      },
      // A term without other names still has its phrases; it has no two-way group of one.
      {
        objectID: 'glossary-warme-overdracht--ook-1',
        type: 'oneWaySynonym',
        input: 'maatregel afgelopen',
        synonyms: ['Warme overdracht'],
      },
    ])
  })

  it('deletes one record by objectID and several in one batch', async () => {
    await provider.remove(['working-methods:1'])
    await provider.remove(['pages:1', 'pages:2'])
    const [single, batch] = writes()
    expect(single).toMatchObject({ method: 'DELETE', path: '/1/indexes/portaal/working-methods:1' })
    expect(batch!.body).toEqual({
      requests: [
        { action: 'deleteObject', body: { objectID: 'pages:1' } },
        { action: 'deleteObject', body: { objectID: 'pages:2' } },
      ],
    })
  })

  it('rebuilds atomically: settings and synonyms, copy to a temporary index, fill it, move it over the live one', async () => {
    await provider.upsert([record('pages:old', 'Verouderd')])
    fake.requests.length = 0
    await provider.rebuild(
      [record('pages:1', 'Nieuw een'), record('pages:2', 'Nieuw twee')],
      [{ id: 'base-gi', terms: ['GI', 'gecertificeerde instelling'] }],
    )

    const sequence = writes().map(
      (r) =>
        `${r.method} ${r.path}${r.body && (r.body as { operation?: string }).operation ? ` ${(r.body as { operation: string }).operation}` : ''}`,
    )
    const tmp = (
      writes().find((r) => (r.body as { operation?: string })?.operation === 'copy')!.body as { destination: string }
    ).destination
    expect(tmp).toMatch(/^portaal_tmp_\d+$/)
    expect(sequence).toEqual([
      'PUT /1/indexes/portaal/settings',
      'POST /1/indexes/portaal/synonyms/batch',
      'POST /1/indexes/portaal/operation copy',
      `POST /1/indexes/${tmp}/batch`,
      'POST /1/indexes/portaal/operation copy',
      `POST /1/indexes/${tmp}/operation move`,
    ])
    const copy = writes().find((r) => (r.body as { operation?: string })?.operation === 'copy')!
    expect(copy.body).toEqual({ operation: 'copy', destination: tmp, scope: ['settings', 'rules', 'synonyms'] })
    const move = writes().at(-1)!
    expect(move.body).toEqual({ operation: 'move', destination: 'portaal' })
    // The client waited for Algolia to finish each step.
    expect(fake.requests.some((r) => r.method === 'GET' && r.path.startsWith(`/1/indexes/${tmp}/task/`))).toBe(true)

    // The live index now holds exactly the new records, with settings and synonyms intact.
    const live = fake.indices.get('portaal')!
    expect([...live.objects.keys()].sort()).toEqual(['pages:1', 'pages:2'])
    expect(live.settings).toMatchObject({ queryLanguages: ['nl'] })
    expect(live.synonyms).toHaveLength(1)
  })

  it('searches with the search-only key, filters, disjunctive facets and escaped snippets', async () => {
    await provider.upsert([
      record('working-methods:1', 'Overdracht na een OTS', {
        summary: 'Overdracht <img src=x onerror=alert(1)> aan het lokale team',
        regions: ['achterhoek'],
      }),
      record('working-methods:2', 'Overdracht in de regio', { regions: ['rivierenland'] }),
    ])
    fake.requests.length = 0
    const result = await provider.search({
      query: 'overdracht',
      filters: { region: ['achterhoek'] },
      facets: FACETS,
      page: 1,
      hitsPerPage: 10,
      now: Date.UTC(2026, 0, 1),
    })
    const [request] = fake.requests
    expect(request).toMatchObject({ method: 'POST', path: '/1/indexes/*/queries' })
    expect(request!.headers['x-algolia-api-key']).toBe('search-only-key')
    const [main, regionFacet] = (request!.body as { requests: Record<string, unknown>[] }).requests
    expect(main).toMatchObject({
      indexName: 'portaal',
      query: 'overdracht',
      filters: `expiresAt > ${Date.UTC(2026, 0, 1)} AND (regions:"achterhoek")`,
      facets: ['type', 'regions', 'buildingBlocks', 'audiences'],
      page: 0,
      hitsPerPage: 10,
    })
    // The region facet is counted without its own filter.
    expect(regionFacet).toMatchObject({
      filters: `expiresAt > ${Date.UTC(2026, 0, 1)}`,
      facets: ['regions'],
      hitsPerPage: 0,
    })
    expect(result.facets.region).toEqual([
      { value: 'achterhoek', count: 1 },
      { value: 'rivierenland', count: 1 },
    ])

    // The fake answers unfiltered; what matters here is how a hit is turned into safe parts.
    const hit = result.hits.find((h) => h.id === 'working-methods:1')!
    expect(partsToHtml(hit.titleParts)).toBe('<mark>Overdracht</mark> na een OTS')
    const snippet = partsToHtml(hit.snippetParts)
    expect(snippet).toContain('<mark>Overdracht</mark> &lt;img src=x onerror=alert(1)&gt;')
    expect(snippet).not.toContain('<img')
  })

  it('fetches best bets by objectID in the same round trip, with the same filters, and puts them first, marked', async () => {
    await provider.upsert([record('pages:7', 'Route naar de GI'), record('working-methods:3', 'Overdracht naar de GI')])
    fake.requests.length = 0
    const now = Date.UTC(2026, 0, 1)
    const result = await provider.search({
      query: 'overdracht',
      filters: {},
      facets: [],
      page: 1,
      hitsPerPage: 10,
      now,
      pinned: ['pages:7'],
    })
    const sent = (fake.requests[0]!.body as { requests: Record<string, unknown>[] }).requests
    expect(sent).toHaveLength(2)
    expect(sent[1]).toMatchObject({ query: '', filters: `(objectID:"pages:7") AND expiresAt > ${now}`, hitsPerPage: 1 })
    // The fake ignores filters and answers "" with everything; the engine keeps the pinned one only once.
    expect(result.hits[0]).toMatchObject({ id: 'pages:7', pinned: true })
    expect(result.hits.filter((h) => h.id === 'pages:7')).toHaveLength(1)
    expect(result.hits.filter((h) => h.pinned).map((h) => h.id)).toEqual(['pages:7'])

    // Not on later pages.
    fake.requests.length = 0
    await provider.search({
      query: 'overdracht',
      filters: {},
      facets: [],
      page: 2,
      hitsPerPage: 10,
      now,
      pinned: ['pages:7'],
    })
    expect((fake.requests[0]!.body as { requests: unknown[] }).requests).toHaveLength(1)
  })

  it('clears the index', async () => {
    await provider.clear()
    expect(writes()[0]).toMatchObject({ method: 'POST', path: '/1/indexes/portaal/clear' })
  })
})
