import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { browserSkipReason, openPage, useBrowser } from './helpers/browser'

/**
 * The editor's tools in the admin, in one walk: the readability panel scores the text, the live
 * preview follows the title as it is typed and shows the saved draft after "Bewaar concept",
 * while a visitor still gets the published page.
 */

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const skipReason = browserSkipReason('editor-tools-preview')
const STEP = 60_000

/** The built client chunks that hold the live-preview listener (found by the admin's message type). */
function livePreviewChunks(): string[] {
  const root = path.resolve('.next/static/chunks')
  const found: string[] = []
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue
    if (fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').includes('payload-document-event')) found.push(entry.name)
  }
  return found
}

describe.skipIf(skipReason)('editor tools: live preview and plain-language check', () => {
  const browser = useBrowser()
  let admin: Session
  let id: number
  const stamp = Date.now()
  const slug = `e2e-live-voorbeeld-${stamp}`
  const published = `Werkwijze live voorbeeld ${stamp}`
  const typed = `Nieuwe titel tijdens het typen ${stamp}`

  beforeAll(async () => {
    admin = await login(baseUrl, 'beheer@example.org', demoPassword)
    const created = await api<{ doc: { id: number } }>(baseUrl, '/api/working-methods?draft=true', {
      session: admin,
      method: 'POST',
      body: {
        title: published,
        slug,
        summary: 'Zo werken de partners samen als een gezin hulp nodig heeft.',
        scope: 'gelderland',
        _status: 'draft',
      },
    })
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    id = created.data.doc.id
    const live = await api(baseUrl, `/api/working-methods/${id}`, { session: admin, method: 'PATCH', body: { _status: 'published' } })
    expect(live.status, JSON.stringify(live.data)).toBe(200)
  })

  afterAll(async () => {
    if (id) await api(baseUrl, `/api/working-methods/${id}`, { session: admin, method: 'DELETE' })
  })

  it('scores the text, previews the typing and the saved draft, and keeps visitors on the published title', { timeout: 240_000 }, async () => {
    const page = await openPage(browser, { locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(STEP)
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('input[name="email"]').fill('redactie@example.org')
    await page.locator('input[name="password"]').fill(demoPassword)
    await page.locator('form button[type="submit"]').first().click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))

    await page.goto(`${baseUrl}/admin/collections/working-methods/${id}`)
    // The plain-language panel, computed in the browser from the summary.
    const score = page.getByTestId('readability-score')
    await score.waitFor()
    expect(await score.innerText()).toMatch(/^\d+(,\d)?$/)
    expect(await page.getByTestId('readability-panel').innerText()).toMatch(/Doel: C1 \(professioneel\)/)

    await page.locator('#live-preview-toggler').click()
    const preview = page.frameLocator('iframe.iframe-loader__iframe')
    const heading = preview.locator('h1')
    const crumb = preview.locator('nav.breadcrumbs [aria-current="page"]')
    await expect.poll(() => heading.innerText(), { timeout: STEP }).toBe(published)

    // Typing: the title in the preview follows before anything is saved.
    await page.locator('#field-title').fill(typed)
    await expect.poll(() => heading.innerText(), { timeout: STEP }).toBe(typed)
    // The server-rendered parts still show the saved document.
    expect(await crumb.innerText()).toBe(published)

    // Saving a draft: the preview is rendered again from the server, with the draft.
    await page.getByRole('button', { name: 'Bewaar concept' }).click()
    await expect.poll(() => crumb.innerText(), { timeout: STEP }).toBe(typed)

    // A visitor still gets the published version; the draft went to the editor only, and so did
    // the preview's code (the admin's own chunks hold it too, so only the page's are compared).
    const visitor = await (await fetch(`${baseUrl}/werkwijzen/${slug}`)).text()
    expect(visitor).toContain(published)
    expect(visitor).not.toContain(typed)
    const frame = page.frames().find((candidate) => candidate.url().includes(`/werkwijzen/${slug}`))
    const loadedInPreview = (await frame!.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).join(' ')
    const chunks = livePreviewChunks().filter((name) => loadedInPreview.includes(name))
    expect(chunks.length).toBeGreaterThan(0)
    for (const name of chunks) expect(visitor).not.toContain(name)
  })
})
