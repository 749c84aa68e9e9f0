import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { capApiRequest, MAX_API_DEPTH, MAX_API_LIMIT } from '../../../src/api/validateQuery'
import { firstSessionPerTraining } from '../../../src/home/getHomeFeed'
import { CONTENT_TAG, expirePlaces, expirePublicPages, memoForVisitors, PLACES_TAG, readTags } from '../../../src/lib/cache'
import { cacheControlOverride, perRequestPath, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../../../src/lib/cacheControl'
import { paths } from '../../../src/lib/urls'

const none = () => false

/** Where each address is rendered per request, or null where the cached page answers it. */
const expectRoutes = (cases: [pathname: string, search: string, to: string | null][]) => {
  for (const [pathname, search, to] of cases) expect(perRequestPath(pathname, search), pathname + search).toBe(to)
}

describe('who may keep an answer (proxy.ts)', () => {
  it('keeps Next’s public caching for an anonymous visitor of a public page', () => {
    for (const pathname of ['/', '/werkwijzen/melding', '/regios/achterhoek', '/vacatures/feed.xml'])
      expect(cacheControlOverride(pathname, none), pathname).toBeNull()
  })

  it('lets an HTTP cache keep the sitemap and robots.txt, which Next marks max-age=0', () => {
    for (const pathname of ['/sitemap.xml', '/robots.txt']) expect(cacheControlOverride(pathname, none), pathname).toBe(PUBLIC_CACHE_CONTROL)
    expect(cacheControlOverride('/sitemap.xml', (name) => name === 'payload-token')).toBe(PRIVATE_CACHE_CONTROL)
  })

  it('makes everything private for a logged-in or previewing editor', () => {
    expect(cacheControlOverride('/', (name) => name === 'payload-token')).toBe(PRIVATE_CACHE_CONTROL)
    expect(cacheControlOverride('/bouwstenen', (name) => name === '__prerender_bypass')).toBe(PRIVATE_CACHE_CONTROL)
  })

  it('makes pages about one person private whatever the cookies', () => {
    for (const pathname of ['/scholing/annuleren', '/scholing/basistraining/inschrijven', '/meldingen/beheren', '/meldingen/bevestigen', '/preview'])
      expect(cacheControlOverride(pathname, none), pathname).toBe(PRIVATE_CACHE_CONTROL)
    // …but not a training whose slug merely starts like one.
    expect(cacheControlOverride('/scholing/annuleren-van-afspraken-training', none)).toBeNull()
  })

  it('leaves the admin and the API to Payload', () => {
    expect(cacheControlOverride('/admin', () => true)).toBeNull()
    expect(cacheControlOverride('/api/search', () => true)).toBeNull()
  })
})

describe('finders: the list without filters is cached, a filtered view rendered per request', () => {
  it('sends only a filtered view to the per-request route', () => {
    expectRoutes([
      ['/werkwijzen', '', null],
      ['/werkwijzen', '?regio=achterhoek&voor=gi', '/gefilterd/werkwijzen?regio=achterhoek&voor=gi'],
      ['/werkwijzen/melding', '?x=1', null],
      ['/zoeken', '?q=ots', null],
    ])
    for (const finder of ['/vacatures', '/scholing', '/toekomsttuinen', '/monitor']) {
      expect(perRequestPath(finder, ''), finder).toBeNull()
      expect(perRequestPath(finder, '?regio=achterhoek'), finder).toBe(`/gefilterd${finder}?regio=achterhoek`)
    }
  })
})

describe('a monitor indicator: cached, a selection of regions or quarters rendered per request', () => {
  it('sends only an indicator with ?regio=, ?van= or ?tot= to its /gefilterd', () => {
    expectRoutes([
      ['/monitor/aantal-maatregelen', '', null],
      ['/monitor/aantal-maatregelen', '?utm=x', null],
      ['/monitor/cijfers.csv', '?regio=achterhoek', null],
      ['/monitor/aantal-maatregelen/gefilterd', '?regio=achterhoek', null],
    ])
    for (const search of ['?regio=achterhoek', '?van=2025-Q1', '?tot=2026-Q2', '?utm=x&tot=2026-Q2'])
      expect(perRequestPath('/monitor/aantal-maatregelen', search), search).toBe(`/monitor/aantal-maatregelen/gefilterd${search}`)
  })
})

describe('a training page: cached, its registration outcome rendered per request', () => {
  it('sends only an address with ?inschrijving= of a training page to its /uitkomst', () => {
    expectRoutes([
      ['/scholing/agressie-hanteren', '', null],
      ['/scholing/agressie-hanteren', '?utm=x', null],
      ['/scholing/agressie-hanteren', '?inschrijving=0123abcd', '/scholing/agressie-hanteren/uitkomst?inschrijving=0123abcd'],
      ['/scholing/annuleren', '?inschrijving=1', null],
      ['/scholing/sessies', '?inschrijving=1', null],
      ['/scholing/x/agenda.ics', '?inschrijving=1', null],
    ])
  })

  it('keeps the outcome page private', () => {
    expect(cacheControlOverride('/scholing/agressie-hanteren/uitkomst', () => false)).toBe(PRIVATE_CACHE_CONTROL)
    expect(cacheControlOverride('/scholing/agressie-hanteren', () => false)).toBeNull()
  })
})

describe('the escalation model: cached, a step of its guide per request', () => {
  it('sends a step in the address to /escalatiemodel/wegwijzer', () => {
    expectRoutes([
      ['/escalatiemodel', '', null],
      ['/escalatiemodel', '?stap=veiligheid', '/escalatiemodel/wegwijzer?stap=veiligheid'],
      ['/escalatiemodel/wegwijzer', '?stap=veiligheid', null],
    ])
  })
})

describe('REST and GraphQL limits', () => {
  it('gives API clients shallow documents unless they ask, and never deeper than the cap', () => {
    const plain: Record<string, unknown> = {}
    capApiRequest(plain, 'read', 'REST', undefined)
    expect(plain.depth).toBe(1)
    const asked: Record<string, unknown> = { depth: 2 }
    capApiRequest(asked, 'read', 'REST', '2')
    expect(asked.depth).toBe(2)
    const deep: Record<string, unknown> = { depth: 50 }
    capApiRequest(deep, 'read', 'REST', '50')
    expect(deep.depth).toBe(MAX_API_DEPTH)
  })

  it('caps the page size and refuses to switch pagination off', () => {
    const all: Record<string, unknown> = { limit: 0, pagination: false }
    capApiRequest(all, 'read', 'GraphQL', undefined)
    expect(all).toMatchObject({ limit: MAX_API_LIMIT, pagination: true })
    const many: Record<string, unknown> = { limit: 100_000 }
    capApiRequest(many, 'read', 'REST', '0')
    expect(many.limit).toBe(MAX_API_LIMIT)
    const few: Record<string, unknown> = { limit: 10 }
    capApiRequest(few, 'read', 'REST', '0')
    expect(few.limit).toBe(10)
  })

  it('leaves the Local API alone (the site and hooks choose their own depth)', () => {
    const local: Record<string, unknown> = { depth: 6, limit: 0, pagination: false }
    capApiRequest(local, 'read', 'local', undefined)
    expect(local).toEqual({ depth: 6, limit: 0, pagination: false })
  })
})

describe('in-process reads for the search API', () => {
  it('reads once, and again after any change is published', async () => {
    let reads = 0
    const read = async () => ++reads
    const key = `test:${Math.random()}`
    expect(await memoForVisitors(key, read)).toBe(1)
    expect(await memoForVisitors(key, read)).toBe(1)
    expirePublicPages()
    expect(await memoForVisitors(key, read)).toBe(2)
    // Another instance's edit: gone after the page lifetime.
    expect(await memoForVisitors(key, read, Date.now() + 31_000)).toBe(3)
  })

  it('does not keep a failed read', async () => {
    const key = `test:${Math.random()}`
    await expect(memoForVisitors(key, () => Promise.reject(new Error('database weg')))).rejects.toThrow('database weg')
    expect(await memoForVisitors(key, async () => 'weer goed')).toBe('weer goed')
  })
})

/** Next's own record of expired tags, the one src/lib/cache.ts writes into. */
function nextTagsManifest(): Map<string, { expired?: number }> {
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  return (require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as { tagsManifest: Map<string, { expired?: number }> })
    .tagsManifest
}

describe('dropping cached pages outside a request (the job queue)', () => {
  it('marks every page and read of this process as expired in Next’s own tag record', () => {
    const tagsManifest = nextTagsManifest()
    const before = Date.now()
    expirePublicPages()
    expect(tagsManifest.get(CONTENT_TAG)?.expired).toBeGreaterThanOrEqual(before)
    expect(tagsManifest.get('_N_T_/layout')?.expired).toBeGreaterThanOrEqual(before)
  })

  it('expires only what shows places left after a registration', async () => {
    const tagsManifest = nextTagsManifest()
    const key = `test:${Math.random()}`
    let reads = 0
    await memoForVisitors(key, async () => ++reads)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const before = Date.now()
    expirePlaces()
    expect(tagsManifest.get(PLACES_TAG)?.expired).toBeGreaterThanOrEqual(before)
    expect(tagsManifest.get(CONTENT_TAG)?.expired ?? 0).toBeLessThan(before)
    expect(tagsManifest.get('_N_T_/layout')?.expired ?? 0).toBeLessThan(before)
    // The search API's in-process reads stay.
    expect(await memoForVisitors(key, async () => ++reads)).toBe(1)
  })

  it('tags the reads of training sessions, whose places a registration changes, and no others', () => {
    expect(readTags('training-sessions')).toEqual([PLACES_TAG])
    for (const collection of ['trainings', 'working-methods', 'regions', 'registrations']) expect(readTags(collection), collection).toEqual([])
  })
})

describe('the home page’s next trainings', () => {
  const training = (id: number, slug: string | null, regions: number[] = []) => ({ id, slug, title: `Training ${id}`, regions })
  const session = (id: number, startsAt: string, t: unknown) => ({ id, startsAt, training: t }) as never

  it('takes the first (soonest) session of each published training', () => {
    const a = training(1, 'a', [7])
    const b = training(2, 'b')
    const result = firstSessionPerTraining([
      session(10, '2027-01-01T09:00:00Z', a),
      session(11, '2027-01-02T09:00:00Z', b),
      session(12, '2027-01-03T09:00:00Z', a),
    ])
    expect(result).toEqual([
      { id: 1, title: 'Training 1', href: paths.training('a'), startsAt: '2027-01-01T09:00:00Z', regions: ['7'] },
      { id: 2, title: 'Training 2', href: paths.training('b'), startsAt: '2027-01-02T09:00:00Z', regions: [] },
    ])
  })

  it('leaves out sessions of trainings a visitor cannot read (not populated) or without a page', () => {
    expect(firstSessionPerTraining([session(1, '2027-01-01T09:00:00Z', 5), session(2, '2027-01-01T09:00:00Z', training(3, null))])).toEqual([])
  })
})
