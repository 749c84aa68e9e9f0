import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraph, richText } from '../../../src/lexical/build'
import { searchClickEndpoint } from '../../../src/search/endpoint'
import * as searchIndex from '../../../src/search/indexOwner'
import { runSearch } from '../../../src/search/query'
import { MAX_LOGGED_QUERY_LENGTH, OTHER_QUERIES, recordClick, recordSearch } from '../../../src/search/record-search'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

/**
 * Issue 13 on a real database: best bets, suggestions when nothing is found, and search
 * statistics without personal data, bounded.
 */
const [sqlite] = (await testDatabases()).filter((d) => d.kind === 'sqlite')

const search = (payload: Payload, q: string, limit = 10) => runSearch(payload, { q, filters: {}, page: 1, limit })

describe.runIf(Boolean(sqlite))('search answers (SQLite)', () => {
  const portal = usePayload(sqlite!)
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    const page = async (key: string, title: string, text: string, status: 'published' | 'draft' = 'published') => {
      const doc = await portal.payload.create({
        collection: 'pages',
        data: { title, summary: text, body: richText(paragraph(text)), _status: status },
        overrideAccess: true,
      })
      ids[key] = doc.id as number
    }
    await page(
      'route',
      'Route naar de gecertificeerde instelling',
      'Hoe het lokale team een gezin overdraagt aan de GI.',
    )
    await page(
      'overdracht',
      'Overdracht en nazorg',
      'Een overdracht naar de GI en terug: wie doet wat, met welke termijnen.',
    )
    await page('draft', 'Concept over overdracht', 'Nog niet af: overdracht naar de GI.', 'draft')
    await portal.payload.create({
      collection: 'glossary-terms',
      data: {
        title: 'Voogdij',
        synonyms: ['gezagsbeëindigende maatregel'],
        definition: 'Het gezag ligt bij een voogd.',
        _status: 'published',
      },
      overrideAccess: true,
    })
    await portal.payload.create({
      collection: 'glossary-terms',
      data: {
        title: 'Vrijwillig kader',
        alsoSearchedAs: ['zorgmijding'],
        definition: 'Hulp met instemming van het gezin.',
        _status: 'published',
      },
      overrideAccess: true,
    })
    await searchIndex.rebuild(portal.payload)
  })

  describe('best bets', () => {
    it('puts the page an editor pinned to a query first, marked, however the query is typed', async () => {
      const before = await search(portal.payload, 'overdracht naar de GI')
      expect(before.hits[0]?.url).not.toBe(`/paginas/route-naar-de-gecertificeerde-instelling`)

      await portal.payload.create({
        collection: 'search-best-bets',
        data: {
          label: 'Route naar de GI',
          queries: ['Overdracht naar GI'],
          page: { relationTo: 'pages', value: ids.route! },
        },
        overrideAccess: true,
      })
      const after = await search(portal.payload, 'overdracht naar de GI?')
      expect(after.hits[0]).toMatchObject({ url: '/paginas/route-naar-de-gecertificeerde-instelling', pinned: true })
      // Once, and the rest unmarked.
      expect(after.hits.filter((h) => h.url === '/paginas/route-naar-de-gecertificeerde-instelling')).toHaveLength(1)
      expect(after.hits.slice(1).every((h) => !h.pinned)).toBe(true)
      // Another query is not affected.
      expect((await search(portal.payload, 'overdracht nazorg')).hits.every((h) => !h.pinned)).toBe(true)
    })

    it('never shows a draft, even when an editor pins it', async () => {
      await portal.payload.create({
        collection: 'search-best-bets',
        data: { label: 'Concept', queries: ['concept pagina'], page: { relationTo: 'pages', value: ids.draft! } },
        overrideAccess: true,
      })
      const { hits, total } = await search(portal.payload, 'concept pagina')
      expect(hits.some((h) => h.pinned)).toBe(false)
      expect(total).toBe(hits.length)
    })

    it('is for editors only: a visitor cannot read or write best bets', async () => {
      await expect(
        portal.payload.find({ collection: 'search-best-bets', overrideAccess: false, user: null }),
      ).rejects.toBeTruthy()
      await expect(
        portal.payload.create({
          collection: 'search-best-bets',
          overrideAccess: false,
          user: null,
          data: { label: 'x', queries: ['x'], page: { relationTo: 'pages', value: ids.route! } },
        }),
      ).rejects.toBeTruthy()
    })
  })

  describe('no results', () => {
    it('suggests the nearest glossary terms', async () => {
      const result = await search(portal.payload, 'voogdijschap')
      expect(result.total).toBe(0)
      expect(result.suggestions).toContain('Voogdij')
    })

    it('finds a term through the words editors added as "Ook gezocht als"', async () => {
      const result = await search(portal.payload, 'zorgmijding')
      expect(result.hits.map((h) => h.url)).toContain('/begrippen#vrijwillig-kader')
    })
  })

  describe('statistics for editors', () => {
    const rows = async () =>
      (await portal.payload.find({ collection: 'search-query-stats', overrideAccess: true, pagination: false, sort: 'query' }))
        .docs as unknown as Record<string, unknown>[]

    it('counts per normalised query and day, with results or without, and clicks; nothing about the visitor', async () => {
      const now = new Date('2026-11-28T10:00:00Z')
      await recordSearch(portal.payload, 'OTS beëindigen?', 4, { now })
      await recordSearch(portal.payload, 'ots  beeindigen', 0, { now })
      await recordSearch(portal.payload, 'ots beeindigen', 2, { now: new Date('2026-11-29T08:00:00Z') })
      expect(await recordClick(portal.payload, 'Ots Beëindigen', now)).toBe(true)

      const stored = (await rows())
        .filter((r) => r.query === 'ots beeindigen')
        .sort((a, b) => String(a.day).localeCompare(String(b.day)))
      expect(stored.map((r) => [r.day, r.searches, r.noResults, r.clicks])).toEqual([
        ['2026-11-28', 2, 1, 1],
        ['2026-11-29', 1, 0, 0],
      ])
      // Only the query, the day and counts: no address, user, session or time of day.
      expect(Object.keys(stored[0]!).sort()).toEqual([
        'clicks',
        'createdAt',
        'day',
        'id',
        'noResults',
        'query',
        'searches',
        'updatedAt',
      ])
    })

    it('is bounded: a capped query, a capped number of rows a day, and clicks never add rows', async () => {
      const now = new Date('2026-12-01T10:00:00Z')
      await recordSearch(portal.payload, 'x'.repeat(500), 0, { now })
      for (const q of ['een', 'twee', 'drie', 'vier', 'vijf'])
        await recordSearch(portal.payload, `vraag ${q}`, 0, { now, maxQueriesPerDay: 3 })
      const day = (await rows()).filter((r) => r.day === '2026-12-01')
      expect(day.map((r) => r.query)).toEqual([
        OTHER_QUERIES,
        'vraag een',
        'vraag twee',
        'x'.repeat(MAX_LOGGED_QUERY_LENGTH),
      ])
      expect(day.find((r) => r.query === OTHER_QUERIES)?.searches).toBe(3)

      const before = (await rows()).length
      expect(await recordClick(portal.payload, 'nooit gezocht', now)).toBe(false)
      const response = await searchClickEndpoint.handler({
        url: 'http://localhost/api/search-click?q=ook%20nooit%20gezocht',
        payload: portal.payload,
      } as unknown as PayloadRequest)
      expect(response.status).toBe(204)
      expect((await rows()).length).toBe(before)
    })

    it('answers a click without a query with 400 and a Dutch message', async () => {
      const response = await searchClickEndpoint.handler({
        url: 'http://localhost/api/search-click',
        payload: portal.payload,
      } as unknown as PayloadRequest)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/zoekvraag/)
    })

    it('is shown to editors only', async () => {
      await expect(
        portal.payload.find({ collection: 'search-query-stats', overrideAccess: false, user: null }),
      ).rejects.toBeTruthy()
    })
  })

  it('keeps the index ready', async () => {
    await searchIndex.ready(portal.payload)
    expect((await search(portal.payload, 'nazorg')).total).toBeGreaterThan(0)
  })
})
