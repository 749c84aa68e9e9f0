import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, firstPublished, login, type Session } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')

type Doc = { id: number; slug: string; title: string }

/** One seeded document per detail route, found as a visitor finds it. */
async function seededDetailPages(): Promise<{ path: string; title: string }[]> {
  const pairs: [string, string][] = [
    ['building-blocks', '/bouwstenen'],
    ['working-methods', '/werkwijzen'],
    ['trainings', '/scholing'],
    ['regions', '/regios'],
    ['pilots', '/toekomsttuinen'],
  ]
  const pages = await Promise.all(
    pairs.map(async ([collection, base]) => {
      const doc = await firstPublished<Doc>(baseUrl, collection)
      return { path: `${base}/${doc.slug}`, title: doc.title }
    }),
  )
  const today = new Date().toISOString()
  const vacancy = await firstPublished<Doc>(baseUrl, 'vacancies', `&where[closingDate][greater_than_equal]=${today}`)
  return [...pages, { path: `/vacatures/${vacancy.slug}`, title: vacancy.title }]
}

const LIST_PAGES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /Kennisportaal Jeugdbescherming/ },
  { path: '/visie', heading: /visie|kinderen/i },
  { path: '/bouwstenen', heading: /bouwstenen/i },
  { path: '/werkwijzen', heading: /Werkwijzen/ },
  { path: '/escalatiemodel', heading: /escalatie/i },
  { path: '/escalatiemodel?stap=1', heading: /escalatie/i },
  { path: '/escalatiemodel?uitkomst=1', heading: /escalatie/i },
  { path: '/scholing', heading: /Scholing/ },
  { path: '/vacatures', heading: /Vacatures/ },
  { path: '/regios', heading: /regio/i },
  { path: '/toekomsttuinen', heading: /Toekomsttuinen/ },
  { path: '/begrippen', heading: /Begrippen/ },
  { path: '/monitor', heading: /Monitor/ },
]

describe('public routes over HTTP', () => {
  it('renders every list route and one seeded item of every type', async () => {
    for (const { path, heading } of LIST_PAGES) {
      const response = await fetch(`${baseUrl}${path}`)
      expect(response.status, path).toBe(200)
      const html = await response.text()
      const h1 = html.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1] ?? ''
      expect(h1, path).toMatch(heading)
    }
    for (const { path, title } of await seededDetailPages()) {
      const response = await fetch(`${baseUrl}${path}`)
      expect(response.status, path).toBe(200)
      const html = await response.text()
      expect(html, path).toContain(title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;'))
    }
  })

  it('answers an unknown page with a Dutch 404', async () => {
    const response = await fetch(`${baseUrl}/werkwijzen/deze-werkwijze-bestaat-niet`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Deze pagina bestaat niet')
  })

  it('publishes a feed of open vacancies and a sitemap with only public pages', async () => {
    const feed = await fetch(`${baseUrl}/vacatures/feed.xml`)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toContain('rss')
    expect(await feed.text()).toContain('<item>')
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    const method = await firstPublished<Doc>(baseUrl, 'working-methods')
    expect(sitemap).toContain(`/werkwijzen/${method.slug}`)
    expect(sitemap).not.toContain('/admin')
  })
})

describe('drafts never reach visitors', () => {
  let editor: Session
  const slug = `e2e-conceptwerkwijze-${Date.now()}`
  const title = `Conceptwerkwijze voor de browsertest ${Date.now()}`
  let id: number

  beforeAll(async () => {
    editor = await login(baseUrl, 'beheer@example.org', demoPassword)
    const created = await api<{ doc: { id: number } }>(baseUrl, '/api/working-methods?draft=true', {
      session: editor,
      method: 'POST',
      body: { title, slug, summary: 'Alleen zichtbaar voor redacteuren.', scope: 'gelderland', _status: 'draft' },
    })
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    id = created.data.doc.id
  })

  afterAll(async () => {
    if (id) await api(baseUrl, `/api/working-methods/${id}`, { session: editor, method: 'DELETE' })
  })

  const setStatus = async (_status: 'published' | 'draft') => {
    const response = await api(baseUrl, `/api/working-methods/${id}`, { session: editor, method: 'PATCH', body: { _status } })
    expect(response.status, JSON.stringify(response.data)).toBe(200)
  }
  const visible = async () => {
    const page = await fetch(`${baseUrl}/werkwijzen/${slug}`)
    const list = await (await fetch(`${baseUrl}/werkwijzen`)).text()
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    return { page: page.status, inList: list.includes(title), inSitemap: sitemap.includes(slug) }
  }

  it('keeps a draft out of the page, the list and the sitemap', async () => {
    expect(await visible()).toEqual({ page: 404, inList: false, inSitemap: false })
  })

  it('shows it once published, and removes it again when unpublished', async () => {
    await setStatus('published')
    expect(await visible()).toEqual({ page: 200, inList: true, inSitemap: true })

    await setStatus('draft')
    expect(await visible()).toEqual({ page: 404, inList: false, inSitemap: false })
  })
})

const skipReason = browserSkipReason('site')

describe.skipIf(skipReason)('the site in a browser', () => {
  const browser = useBrowser()

  it('has no axe violations on any page type, on a desktop and on a 390 px phone', async () => {
    const paths = [
      ...LIST_PAGES.map((p) => p.path),
      ...(await seededDetailPages()).map((p) => p.path),
      '/zoeken?q=ots',
      '/bestaat-niet',
    ]
    // One page: each path is loaded once, checked on a desktop, then laid out again at 390 px
    // (the server does not know the width; the CSS and the scripts' media queries do) and checked again.
    const page = await openPage(browser, { locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(`${baseUrl}${path}`)
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport)
        try {
          await expectNoAxeViolations(page)
        } catch (error) {
          throw new Error(`${path} at ${viewport.width}px: ${(error as Error).message}`)
        }
      }
    }
    await page.context().close()
    // Every page type twice, each rendered for the first time after the build: more than one step.
  }, 240_000)

  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(
    page: Page,
    matches: (el: { tag: string; text: string; href: string | null; name: string | null }) => boolean,
    max = 80,
  ) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        return {
          tag: el?.tagName.toLowerCase() ?? '',
          text: el?.textContent?.trim() ?? '',
          href: el?.getAttribute('href') ?? null,
          name: el?.getAttribute('name') ?? null,
        }
      })
      if (matches(focused)) return focused
    }
    throw new Error('the element was not reachable with the Tab key')
  }

  it('takes a keyboard user from the home page through the header search to a working method', async () => {
    const method = await firstPublished<Doc>(baseUrl, 'working-methods')
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/`)
    await tabTo(page, (el) => el.tag === 'input' && el.name === 'q')
    await page.keyboard.type(method.title)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/zoeken\?/)
    await tabTo(page, (el) => el.tag === 'a' && (el.href ?? '').endsWith(`/werkwijzen/${method.slug}`))
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/werkwijzen/${method.slug}$`))
    expect(await page.locator('h1').innerText()).toBe(method.title)
  })

  it('walks a keyboard user through the escalation guide to its end', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/escalatiemodel`)
    /** Enter on a link, and wait until the next question has loaded. */
    const follow = async () => {
      const before = page.url()
      await page.keyboard.press('Enter')
      await page.waitForURL((url) => url.href !== before)
      await page.waitForLoadState()
    }
    await tabTo(page, (el) => el.text === 'Start de wegwijzer')
    await follow()
    expect(page.url()).toMatch(/stap=veiligheid/)
    await tabTo(page, (el) => el.text === 'Nee')
    await follow()
    // Answer "ja" (already tried) at every level: past the last one the guide says what comes next.
    for (let step = 0; step < 10 && !page.url().includes('uitkomst='); step++) {
      await tabTo(page, (el) => el.text === 'Ja')
      await follow()
    }
    expect(page.url()).toMatch(/uitkomst=voorbij/)
    await expect.poll(() => page.getByText(/U hebt alle \d+ treden van het model doorlopen/).count()).toBe(1)
    await expect.poll(() => page.getByText(/Regionaal Expertteam/).count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
  })

  it('filters a list with facets in the URL, and the back button restores the list', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/werkwijzen`)
    const before = await page.locator('.finder__summary').innerText()
    const facet = page.locator('.facet').filter({ hasText: 'Voor wie' }).locator('a').first()
    await facet.click()
    await page.waitForURL(/voor=/)
    const after = await page.locator('.finder__summary').innerText()
    expect(after).not.toBe(before)
    expect(after).toMatch(/met de gekozen filters/)
    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('voor='))
    expect(await page.locator('.finder__summary').innerText()).toBe(before)
  })

  it('remembers the chosen region and shows "In uw regio" on the home page', async () => {
    const region = await firstPublished<Doc>(baseUrl, 'regions')
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/`)
    await page.selectOption('#regio-keuze', region.slug)
    await page.getByRole('button', { name: 'Regio opslaan' }).click()
    // The form posts and is redirected back to the home page, which now knows the region.
    await expect
      .poll(() => page.getByRole('heading', { name: `In uw regio: ${region.title}` }).count(), { timeout: 15_000 })
      .toBe(1)
    // A new visit: the cached page reads the cookie once it has hydrated (ChosenRegion), so wait for it.
    await page.goto(`${baseUrl}/`)
    await expect
      .poll(() => page.getByRole('heading', { name: `In uw regio: ${region.title}` }).count(), { timeout: 15_000 })
      .toBe(1)
  })
})
