import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

import { config } from '../../proxy'

// Next compiles proxy.ts's matcher at build time with these two functions (internal, so read
// through require); the test runs the same compiled matcher the production server runs.
const require = createRequire(import.meta.url)
const { getMiddlewareMatchers } = require('next/dist/build/analysis/get-page-static-info') as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => unknown[]
}
const { getMiddlewareRouteMatcher } = require('next/dist/shared/lib/router/utils/middleware-route-matcher') as {
  getMiddlewareRouteMatcher: (
    matchers: unknown[],
  ) => (pathname: string, req: unknown, query: Record<string, string>) => boolean
}

const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))

/** Whether the proxy runs for an address, as `next start` decides it. */
function proxyRuns(address: string, cookie?: string): boolean {
  const url = new URL(address, 'http://portal.test')
  const request = { headers: cookie ? { cookie } : {} }
  return matches(url.pathname, request, Object.fromEntries(url.searchParams))
}

const FINDERS = ['/werkwijzen', '/vacatures', '/scholing', '/toekomsttuinen', '/monitor']
const FINDER_PARAMETERS = [
  'regio',
  'bouwsteen',
  'voor',
  'vorm',
  'wanneer',
  'organisatie',
  'functie',
  'uren',
  'soort',
  'status',
  'q',
  'sorteer',
  'pagina',
  'van',
  'tot',
]

describe('where the proxy runs (proxy.ts’s matcher, compiled by Next)', () => {
  it('leaves an anonymous visitor’s published pages to the cache', () => {
    for (const address of [
      '/',
      ...FINDERS,
      '/werkwijzen/bespreking-aan-de-jeugdbeschermingstafel',
      '/regios/achterhoek',
      '/bouwstenen',
      '/escalatiemodel',
      '/monitor/wachttijd',
      '/scholing/basistraining',
      '/vacatures/feed.xml',
      '/api/search?q=veiligheid',
      // Look-alikes of the per-request paths.
      '/scholing/annuleren-van-afspraken',
      '/adminx',
      '/zoekenx',
      '/sitemap.xml.bak',
      // A parameter no page reads, and finder parameters where no finder is.
      '/werkwijzen?utm_source=nieuwsbrief',
      '/werkwijzen/melding?regio=achterhoek',
      '/bouwstenen?regio=achterhoek',
      '/escalatiemodel?van=2026-01-01',
      '/monitor/wachttijd?pagina=2',
    ])
      expect(proxyRuns(address), address).toBe(false)
  })

  it('runs for the admin, the API and what is personal or rendered per request', () => {
    for (const address of [
      '/admin',
      '/admin/collections/pages',
      '/api/pages',
      '/api/health',
      '/api/search/extra',
      '/gefilterd/werkwijzen',
      '/meldingen/beheren',
      '/preview',
      '/reactie',
      '/regio-kiezen',
      '/zoeken',
      '/zoeken/iets',
      '/scholing/annuleren',
      '/scholing/basistraining/inschrijven',
      '/sitemap.xml',
      '/robots.txt',
      '/bouwstenen/%ZZ',
    ])
      expect(proxyRuns(address), address).toBe(true)
  })

  it('runs for every filter, sort and page parameter of every finder', () => {
    for (const finder of FINDERS)
      for (const parameter of FINDER_PARAMETERS)
        expect(proxyRuns(`${finder}?${parameter}=x`), `${finder}?${parameter}`).toBe(true)
  })

  it('runs for a registration’s outcome, an indicator’s selection and the escalation guide’s steps', () => {
    for (const address of [
      '/scholing/basistraining?inschrijving=bevestigd',
      '/monitor/wachttijd?regio=achterhoek',
      '/monitor/wachttijd?van=2026-01-01',
      '/monitor/wachttijd?tot=2026-06-30',
      '/escalatiemodel?stap=2',
      '/escalatiemodel?uitkomst=overleg',
      '/escalatiemodel?regio=achterhoek',
    ])
      expect(proxyRuns(address), address).toBe(true)
  })

  it('runs on every page for a logged-in or previewing editor, never for Next’s static files', () => {
    for (const cookie of ['payload-token=abc', '__prerender_bypass=def']) {
      for (const address of ['/', '/werkwijzen', '/regios/achterhoek'])
        expect(proxyRuns(address, cookie), `${address} ${cookie}`).toBe(true)
      expect(proxyRuns('/_next/static/chunks/main.js', cookie)).toBe(false)
    }
    expect(proxyRuns('/', 'voorkeur=donker')).toBe(false)
  })
})
