import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { parseAtom } from '../helpers/atom'
import { api, firstPublished, login, type Session } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')

const decode = (href: string) => href.replace(/&amp;/g, '&')

/** Every detail link a finder view lists, over all its pages. */
async function finderLinks(path: string, prefix: string): Promise<Set<string>> {
  const links = new Set<string>()
  for (let page = 1; page <= 20; page++) {
    const url = `${baseUrl}${path}${path.includes('?') ? '&' : '?'}pagina=${page}`
    const html = await (await fetch(url)).text()
    const before = links.size
    for (const match of html.matchAll(new RegExp(`<h2[^>]*>\\s*<a[^>]*href="(${prefix}/[a-z0-9-]+)"`, 'g'))) links.add(match[1]!)
    if (links.size === before) break
  }
  return links
}

async function feed(path: string) {
  const response = await fetch(`${baseUrl}${path}`)
  expect(response.status, path).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
  return parseAtom(await response.text())
}

const pathsOf = (entries: { link: string }[]) => new Set(entries.map((e) => new URL(e.link).pathname))

/** The first facet link of a finder page, e.g. /scholing?regio=achterhoek. */
async function firstFacetLink(path: string, param: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}${path}`)).text()
  const href = new RegExp(`href="(${path}\\?${param}=[^"]+)"`).exec(html)?.[1]
  if (!href) throw new Error(`no ${param} facet on ${path}`)
  return decode(href)
}

describe('Atom feeds of the finders', () => {
  it('/scholing: the feed of a filtered view holds exactly the trainings of that view, and is linked from the page', async () => {
    const view = await firstFacetLink('/scholing', 'regio')
    const onPage = await finderLinks(view, '/scholing')
    expect(onPage.size).toBeGreaterThan(0)
    const all = await finderLinks('/scholing', '/scholing')
    expect(onPage.size).toBeLessThan(all.size)

    const query = view.slice(view.indexOf('?'))
    const filtered = await feed(`/scholing/feed.atom${query}`)
    expect(pathsOf(filtered.entries)).toEqual(onPage)
    expect(pathsOf((await feed('/scholing/feed.atom')).entries)).toEqual(all)

    const html = await (await fetch(`${baseUrl}${view}`)).text()
    expect(html).toContain(`href="${`/scholing/feed.atom${query}`.replace(/&/g, '&amp;')}"`)
    const heads = [...html.matchAll(/<link[^>]*application\/atom\+xml[^>]*>/g)].map((m) => m[0])
    expect(heads.some((link) => /href="[^"]*\/scholing\/feed\.atom"/.test(link))).toBe(true)
  })

  it('/werkwijzen: every working method of the view appears as news, and no other', async () => {
    const view = await firstFacetLink('/werkwijzen', 'bouwsteen')
    const onPage = await finderLinks(view, '/werkwijzen')
    expect(onPage.size).toBeGreaterThan(0)
    const filtered = await feed(`/werkwijzen/feed.atom${view.slice(view.indexOf('?'))}`)
    expect(pathsOf(filtered.entries)).toEqual(onPage)
    expect(filtered.title).toMatch(/^Werkwijzen, wijzigingen: /)
  })

  it('a region has a feed of its news; an unknown region and an overlong address are refused in Dutch', async () => {
    const region = await firstPublished<{ id: number; slug: string; title: string }>(baseUrl, 'regions', '&sort=title')
    const news = await feed(`/regios/${region.slug}/feed.atom`)
    expect(news.title).toContain(region.title)
    const agreements = await api<{ docs: { slug: string }[] }>(
      baseUrl,
      `/api/local-agreements?depth=0&limit=100&where[region][equals]=${region.id}`,
    )
    expect(agreements.data.docs.length).toBeGreaterThan(0)
    const ids = new Set(news.entries.map((e) => e.id))
    for (const agreement of agreements.data.docs) expect(ids).toContain(`${new URL(news.id).origin}/regios/${region.slug}#${agreement.slug}`)

    const html = await (await fetch(`${baseUrl}/regios/${region.slug}`)).text()
    expect(html).toContain(`href="/regios/${region.slug}/feed.atom"`)

    const missing = await fetch(`${baseUrl}/regios/bestaat-niet/feed.atom`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe('Deze feed bestaat niet.')
    const long = await fetch(`${baseUrl}/scholing/feed.atom?regio=${'x'.repeat(2100)}`)
    expect(long.status).toBe(414)
    expect(await long.text()).toMatch(/te lang/)
  })
})

describe('a change marked for subscribers reaches the feed on the next request', () => {
  let editor: Session
  let method: { id: number; slug: string; title: string }
  const marker = `Stappenplan aangevuld voor de feedtest ${Date.now()}`
  const quiet = `Tikfout hersteld ${Date.now()}`

  beforeAll(async () => {
    editor = await login(baseUrl, 'beheer@example.org', demoPassword)
    method = await firstPublished(baseUrl, 'working-methods', '&sort=title')
  })
  afterAll(async () => {
    const { data } = await api<{ changeNotes?: { note: string }[] }>(baseUrl, `/api/working-methods/${method.id}?depth=0`, { session: editor })
    const kept = (data.changeNotes ?? []).filter((n) => n.note !== marker && n.note !== quiet)
    await api(baseUrl, `/api/working-methods/${method.id}`, { session: editor, method: 'PATCH', body: { changeNotes: kept, _status: 'published' } })
  })

  it('shows the marked note with the working method, not the unmarked one', async () => {
    const { data } = await api<{ changeNotes?: unknown[] }>(baseUrl, `/api/working-methods/${method.id}?depth=0`, { session: editor })
    const saved = await api(baseUrl, `/api/working-methods/${method.id}`, {
      session: editor,
      method: 'PATCH',
      body: {
        _status: 'published',
        changeNotes: [
          ...(data.changeNotes ?? []),
          { date: new Date().toISOString(), note: marker, notifySubscribers: true },
          { date: new Date().toISOString(), note: quiet, notifySubscribers: false },
        ],
      },
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)

    const news = await feed('/werkwijzen/feed.atom')
    const entry = news.entries.find((e) => e.content.includes(marker))
    expect(entry, 'the marked change is in the feed').toBeDefined()
    expect(new URL(entry!.link).pathname).toBe(`/werkwijzen/${method.slug}`)
    expect(entry!.title).toBe(`Gewijzigd: ${method.title}`)
    expect(news.entries.some((e) => e.content.includes(quiet))).toBe(false)
  })
})

const outboxDir = inject('outboxDir')
const skipReason = browserSkipReason('feeds')

/** The newest mail to `address` in the server's outbox, waiting for the mail queue (runs every few seconds). */
async function mailTo(address: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir).filter((f) => f.endsWith('.eml')) : []
    for (const file of files.sort().reverse()) {
      const text = fs.readFileSync(path.join(outboxDir, file), 'utf8')
      if (new RegExp(`^To: .*${address.replace(/[.]/g, '\\.')}`, 'mi').test(text)) return text
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no mail to ${address} within ${timeoutMs / 1000} s`)
}

describe.skipIf(skipReason)('following a finder by e-mail, in a browser on a phone', () => {
  const browser = useBrowser()

  it('from /scholing with a region chosen: sign up, get the confirmation mail, confirm', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 844 } })
    const view = await firstFacetLink('/scholing', 'regio')
    await page.goto(`${baseUrl}${view}`)
    await page.getByRole('link', { name: /Ontvang e-mail bij nieuwe trainingen en sessies met deze filters/ }).click()
    await expect.poll(() => page.url()).toContain('/meldingen/aanmelden?lijst=scholing')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ontvang e-mail bij nieuwe trainingen en sessies')
    expect(await page.getByText(/U volgt: Trainingen: /).count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expectNoAxeViolations(page)

    const address = `scholing-volger-${Date.now()}@example.org`
    await page.getByLabel('Uw e-mailadres').fill(address)
    await page.getByLabel('Direct bij elke nieuwe training of sessie').check()
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    await expect.poll(() => page.url()).toContain('/meldingen/resultaat?bericht=aangemeld')

    const mail = (await mailTo(address)).replace(/=\r?\n/g, '').replace(/=3D/g, '=')
    expect(mail).toMatch(/^Subject: .*Trainingen: /m)
    const link = /\/meldingen\/bevestigen\?token=[A-Za-z0-9_-]{43}/.exec(mail)?.[0]
    expect(link, 'confirmation link in the mail').toBeDefined()
    await page.goto(`${baseUrl}${link}`)
    await page.getByRole('button', { name: 'Ja, bevestig mijn aanmelding' }).click()
    await expect.poll(() => page.url()).toContain('/meldingen/resultaat?bericht=bevestigd')
    await page.context().close()
  })
})
