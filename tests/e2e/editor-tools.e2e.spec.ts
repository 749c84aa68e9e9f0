import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

/**
 * Editors' tools on the production build: an old address redirects (308) after a slug change and
 * leaves the sitemap; the footer's short addresses and the accessibility statement answer; the
 * "Was deze pagina nuttig?" form works without JavaScript on a phone and passes axe.
 */

const baseUrl = inject('baseUrl')
const PHONE = { width: 390, height: 844 }
const stamp = Date.now().toString(36)
const OLD = `e2e-oud-${stamp}`
const NEW = `e2e-nieuw-${stamp}`

const manual = (path: string) => fetch(`${baseUrl}${path}`, { redirect: 'manual' })

/**
 * The paths a redirect's Location names. Next 16.4.5 sends the header twice (same value) on the
 * request that renders the redirect into the page cache (app-render sets it, the cache entry's
 * headers are appended again); fetch joins them with ", ". Browsers accept identical copies.
 */
const locations = (response: Response) => [...new Set((response.headers.get('location') ?? '').split(', ').map((value) => new URL(value, baseUrl).pathname))]

describe('redirects on the production server', () => {
  let editor: Session

  beforeAll(async () => {
    editor = await login(baseUrl, 'redactie@example.org', inject('demoPassword'))
  })

  it('sends an old address to the new one with 308 after a slug change, and the sitemap follows', async () => {
    const created = await api<{ doc: { id: number } }>(baseUrl, '/api/pages', {
      session: editor,
      method: 'POST',
      body: { title: `Verhuizende pagina ${stamp}`, slug: OLD, summary: 'Een pagina die een nieuw adres krijgt.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    // Visited (and so cached) under its old address first.
    expect((await manual(`/paginas/${OLD}`)).status).toBe(200)
    expect(await (await fetch(`${baseUrl}/sitemap.xml`)).text()).toContain(`/paginas/${OLD}<`)

    const renamed = await api(baseUrl, `/api/pages/${created.data.doc.id}`, { session: editor, method: 'PATCH', body: { slug: NEW, _status: 'published' } })
    expect(renamed.status).toBe(200)
    for (let attempt = 0; attempt < 2; attempt++) {
      const moved = await manual(`/paginas/${OLD}`)
      expect([301, 308], `attempt ${attempt}`).toContain(moved.status)
      expect(locations(moved)).toEqual([`/paginas/${NEW}`])
    }
    expect((await fetch(`${baseUrl}/paginas/${OLD}`)).url).toBe(`${baseUrl}/paginas/${NEW}`)
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).not.toContain(`/paginas/${OLD}<`)
    expect(sitemap).toContain(`/paginas/${NEW}<`)
  })

  it('answers the footer’s old short addresses and the accessibility statement', async () => {
    for (const [path, target] of [
      ['/privacy', '/paginas/privacy'],
      ['/over-dit-portaal', '/paginas/over-dit-portaal'],
      ['/toegankelijkheid', '/paginas/toegankelijkheidsverklaring'],
    ]) {
      const moved = await manual(path)
      expect([301, 308], path).toContain(moved.status)
      expect(locations(moved), path).toEqual([target])
      // The target answers; fetch is not asked to follow, because on the request that first renders
      // the redirect Next 16.4.5 sends Location twice and fetch joins them (docs/adr/0007).
      expect((await fetch(`${baseUrl}${target}`)).status, target).toBe(200)
    }
    expect((await manual('/bestaat-echt-niet')).status).toBe(404)
    const home = await (await fetch(`${baseUrl}/`)).text()
    expect(home).toContain('href="/paginas/toegankelijkheidsverklaring"')
    expect(home).toContain('href="/paginas/privacy"')
    const statement = await (await fetch(`${baseUrl}/paginas/toegankelijkheidsverklaring`)).text()
    for (const part of ['WCAG 2.1', 'EN 301 549', 'Nationale ombudsman', 'Binnen vijf werkdagen']) expect(statement).toContain(part)
  })
})

const skipReason = browserSkipReason('editor-tools')

describe.skipIf(skipReason)('"Was deze pagina nuttig?" in a browser', () => {
  const browser = useBrowser()

  it('is clean for axe and fits a phone', async () => {
    const page = await openPage(browser, { viewport: PHONE, locale: 'nl-NL' })
    // The address people guess, followed by the browser to the statement.
    await page.goto(`${baseUrl}/toegankelijkheid`)
    expect(new URL(page.url()).pathname).toBe('/paginas/toegankelijkheidsverklaring')
    await page.locator('#feedback').scrollIntoViewIfNeeded()
    expect(await page.locator('#feedback legend').textContent()).toBe('Uw antwoord')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await expectNoAxeViolations(page)
    await page.context().close()
  })

  it('sends a remark without JavaScript and thanks the reader on the same page', async () => {
    const page = await openPage(browser, { viewport: PHONE, locale: 'nl-NL', javaScriptEnabled: false })
    await page.goto(`${baseUrl}/paginas/over-dit-portaal`)
    expect(await page.locator('#feedback-bedankt').isVisible()).toBe(false)
    await page.getByLabel('Nee').check()
    const remark = `Opmerking uit de browsertest ${stamp}`
    await page.getByLabel('Opmerking (niet verplicht)').fill(remark)
    // The form refuses a post within two seconds of the page's rendering (no person types that fast).
    await page.waitForTimeout(2_100)
    await Promise.all([page.waitForURL(/#feedback-bedankt$/), page.getByRole('button', { name: 'Verstuur' }).click()])
    expect(new URL(page.url()).pathname).toBe('/paginas/over-dit-portaal')
    expect(await page.locator('#feedback-bedankt').isVisible()).toBe(true)
    expect(await page.locator('.feedback__form').isVisible()).toBe(false)
    await page.context().close()

    const editor = await login(baseUrl, 'redactie@example.org', inject('demoPassword'))
    const stored = await api<{ docs: { remark: string; helpful: string; pagePath: string }[] }>(
      baseUrl,
      `/api/feedback?where[remark][equals]=${encodeURIComponent(remark)}`,
      { session: editor },
    )
    expect(stored.data.docs).toEqual([expect.objectContaining({ remark, helpful: 'nee', pagePath: '/paginas/over-dit-portaal' })])
  })
})
