import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { encodedText } from '../helpers/fuzzText'
import { api, firstPublished, login, type Session } from './helpers/api'
import { browserSkipReason, openPage, useBrowser } from './helpers/browser'

/**
 * What a visitor can send to the pages and forms of the production server (tests/int/api/rest-fuzz
 * does the REST API): generated hostile paths, query strings and form posts must never get a 5xx.
 * And what an editor stores, however hostile, is shown as text: nothing of it runs in the browser.
 */
const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const RUNS = Number(process.env.FUZZ_PAGE_RUNS || 300)

const hostile = fc.constantFrom(
  '%00',
  '%27%22%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E',
  'x'.repeat(3000),
  '-1',
  '1e309',
  '99999999999999999999',
  '%F0%9F%92%A9',
  '%EF%BF%BF',
  '%ED%A0%80',
  '%E2%80%AE',
  '__proto__',
  'constructor',
  '..%2F..%2Fetc%2Fpasswd',
  'javascript%3Aalert(1)',
  '%2F%2Fevil.example',
  "1'%20OR%20'1'='1",
  '%5B%5D',
)
const text = encodedText(hostile, { maxLength: 30, binaryMaxLength: 12 })

/** Every kind of public page: lists with their filters, details, search, monitor, feeds, calendars. */
const page = fc.constantFrom(
  '/',
  '/werkwijzen',
  '/vacatures',
  '/scholing',
  '/toekomsttuinen',
  '/monitor',
  '/zoeken',
  '/begrippen',
  '/escalatiemodel',
  '/documenten',
  '/regios',
  '/werkwijzen/feed.atom',
  '/vacatures/feed.xml',
  '/scholing/feed.atom',
  '/scholing/agenda.ics',
  '/monitor/cijfers.csv',
  '/meldingen/aanmelden',
  '/meldingen/bevestigen',
  '/meldingen/beheren',
  '/scholing/annuleren',
  '/regio-kiezen',
)
const detailBase = fc.constantFrom('/werkwijzen/', '/bouwstenen/', '/scholing/', '/vacatures/', '/regios/', '/toekomsttuinen/', '/paginas/', '/monitor/', '/documenten/', '/begrippen/', '/scholing/sessies/', '/regios/x/feed.atom?', '/werkwijzen/x/werkkaart.pdf?')
const param = fc.constantFrom('q', 'regio', 'voor', 'vorm', 'wanneer', 'status', 'bouwsteen', 'organisatie', 'sorteer', 'pagina', 'van', 'tot', 'token', 'stap', 'antwoord', 'terug', 'sessie', 'type', '__proto__', 'q[]', 'regio[0]')
const query = fc.array(fc.tuple(param, text), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
const getRequest = fc.oneof(
  fc.tuple(page, query).map(([path, q]) => `${path}${q ? `?${q}` : ''}`),
  fc.tuple(detailBase, text, query).map(([base, segment, q]) => `${base}${segment}${q ? `${base.endsWith('?') ? '&' : '?'}${q}` : ''}`),
)

const formField = fc.constantFrom('email', 'naam', 'organisatie', 'functie', 'skjNummer', 'sessie', 'akkoord', 'token', 'frequentie', 'finder', 'filters', 'regio', 'terug', 'actie', '__proto__', 'x')
const formBody = fc.oneof(
  fc.array(fc.tuple(formField, text), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.constant('{'),
  fc.constant(''),
  fc.constant(`naam=${'x'.repeat(300_000)}`),
  fc.json({ maxDepth: 2 }),
)
const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/json', 'text/plain', '')

let trainingSlug = 'onbekend'
beforeAll(async () => {
  trainingSlug = (await firstPublished(baseUrl, 'trainings')).slug
})

/** Sends the requests a few at a time and returns those answered with a 5xx. */
async function serverErrors(requests: { path: string; init?: RequestInit }[]): Promise<string[]> {
  const failures: string[] = []
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const { path, init } = requests[next++]!
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init })
      await response.body?.cancel().catch(() => undefined)
      if (response.status >= 500) failures.push(`${init?.method ?? 'GET'} ${path.slice(0, 200)} → ${response.status}`)
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return failures
}

describe('generated hostile requests to the pages and forms', () => {
  it(`answers ${RUNS} page requests without a server error`, async () => {
    const paths = fc.sample(getRequest, { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED || 20261128) })
    expect(await serverErrors(paths.map((path) => ({ path })))).toEqual([])
  }, 240_000)

  it(`answers ${RUNS} form posts without a server error`, async () => {
    const target = fc.constantFrom(
      `/scholing/${trainingSlug}/inschrijven`,
      '/scholing/onbekend/inschrijven',
      '/meldingen/verzenden/aanmelden',
      '/meldingen/verzenden/bevestigen',
      '/meldingen/verzenden/beheren',
      '/meldingen/verzenden/afmelden',
      '/meldingen/verzenden/%00',
      '/regio-kiezen',
    )
    const posts = fc.sample(fc.tuple(target, formBody, contentType), { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED || 20261128) + 1 })
    const requests = posts.map(([path, body, type]): { path: string; init: RequestInit } => {
      const headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }
      if (type) headers['Content-Type'] = type
      return { path, init: { method: 'POST', body, headers } }
    })
    expect(await serverErrors(requests)).toEqual([])
  }, 240_000)
})

const skipBrowser = browserSkipReason('stored payloads')

describe.skipIf(skipBrowser)('what an editor stores is shown, never run', () => {
  const browser = useBrowser()
  let admin: Session
  const created: { collection: string; id: number }[] = []
  const MARK = `xss-${Date.now()}`
  const PAYLOADS = [
    `<img src=x onerror="window.__xss='${MARK}'">`,
    `"><script>window.__xss='${MARK}'</script>`,
    `<svg onload="window.__xss='${MARK}'"></svg>`,
    `</title><script>window.__xss='${MARK}'</script>`,
    `{{constructor.constructor('window.__xss=1')()}}`,
  ]

  beforeAll(async () => {
    admin = await login(baseUrl, 'beheer@example.org', demoPassword)
  })
  afterAll(async () => {
    for (const { collection, id } of created) await api(baseUrl, `/api/${collection}/${id}`, { session: admin, method: 'DELETE' })
  })

  const paragraph = (value: string) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [{ type: 'text', text: value, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
  })

  it('escapes hostile titles, summaries, rich text and glossary terms on the page', async () => {
    const term = await api<{ doc: { id: number; title: string } }>(baseUrl, '/api/glossary-terms', {
      session: admin,
      method: 'POST',
      body: { title: `Schadelijk${MARK}`, definition: PAYLOADS.join(' '), _status: 'published' },
    })
    expect(term.status, JSON.stringify(term.data)).toBe(201)
    created.push({ collection: 'glossary-terms', id: term.data.doc.id })
    const stored = await api<{ doc: { id: number; slug: string } }>(baseUrl, '/api/pages', {
      session: admin,
      method: 'POST',
      body: {
        title: `Testpagina ${PAYLOADS[0]}`.slice(0, 200),
        summary: PAYLOADS.join(' '),
        body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [...PAYLOADS, `Schadelijk${MARK}`].map(paragraph) } },
        _status: 'published',
      },
    })
    expect(stored.status, JSON.stringify(stored.data)).toBe(201)
    created.push({ collection: 'pages', id: stored.data.doc.id })

    const page = await openPage(browser)
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    for (const path of [`/paginas/${stored.data.doc.slug}`, '/begrippen', `/zoeken?q=${encodeURIComponent(PAYLOADS[0]!)}`]) {
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.status(), path).toBe(200)
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), path).toBeUndefined()
      // No element the payloads would have created.
      expect(await page.locator('img[src="x"], svg[onload], script:not([src]):has-text("__xss")').count(), path).toBe(0)
    }
    // The detail page shows the payload as the text the editor typed.
    await page.goto(`${baseUrl}/paginas/${stored.data.doc.slug}`)
    await expect(page.getByText(PAYLOADS[1]!, { exact: false }).first().isVisible()).resolves.toBe(true)
    expect(dialogs).toBe(0)
    await page.context().close()
  })

  it('refuses a javascript: or data: link in rich text with a Dutch message', async () => {
    const link = (url: string) => ({
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'custom', url, newTab: false },
      children: [{ type: 'text', text: 'klik', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
    })
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const response = await api<{ errors?: { message: string; data?: unknown }[] }>(baseUrl, '/api/pages', {
        session: admin,
        method: 'POST',
        body: {
          title: `Linktest ${MARK}`,
          body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ ...paragraph(''), children: [link(url)] }] } },
          _status: 'published',
        },
      })
      // The field's own Dutch reason is what the admin shows (tests/int/fields/url-fields.spec.ts); the
      // REST answer names the field.
      expect(response.status, url).toBe(400)
      expect(JSON.stringify(response.data), url).toMatch(/ongeldig: Inhoud|mag niet/)
    }
  })
})
