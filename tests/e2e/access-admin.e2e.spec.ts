import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { browserSkipReason, openPage, useBrowser } from './helpers/browser'

/**
 * The second pair of eyes as editors meet it: in the admin, in a browser, with the cookie login
 * (and so the CSRF check) the admin really uses. The admin sends the whole form when publishing,
 * so this also proves that an unchanged form does not count as the reviewer's own change.
 */

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const skipReason = browserSkipReason('access-admin')

type Doc = { id: number; title: string; _status?: string; summary?: string }

async function adminLogin(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(demoPassword)
  await page.locator('form button[type="submit"]').first().click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
}

async function submittedMethod(author: Session): Promise<Doc> {
  const title = `Werkwijze ter beoordeling ${Date.now()}`
  const created = await api<{ doc: Doc }>(baseUrl, '/api/working-methods?draft=true', {
    session: author,
    method: 'POST',
    body: { title, summary: 'Geschreven door de eerste redacteur.', _status: 'draft' },
  })
  expect(created.status).toBe(201)
  const submitted = await api(baseUrl, `/api/working-methods/${created.data.doc.id}?draft=true`, {
    session: author,
    method: 'PATCH',
    body: { review: { state: 'ter-beoordeling' } },
  })
  expect(submitted.status).toBe(200)
  return created.data.doc
}

async function clickPublish(page: Page, id: number): Promise<string> {
  await page.goto(`${baseUrl}/admin/collections/working-methods/${id}`)
  const publish = page.getByRole('button', { name: /^(Publiceren|Publiceer wijzigingen)$/ }).first()
  await publish.waitFor({ timeout: 30_000 })
  await publish.click()
  const toast = page.locator('.payload-toast-container li, [data-sonner-toast]').first()
  await toast.waitFor({ timeout: 30_000 })
  // While the request runs Payload shows "Inzenden..."; the answer's toast takes its place.
  const text = async () => (await toast.innerText()).replace(/\s+/g, ' ')
  await expect.poll(text, { timeout: 30_000 }).not.toMatch(/^Inzenden/)
  return text()
}

describe.skipIf(skipReason)('second pair of eyes in the admin', () => {
  const browser = useBrowser()
  let author: Session
  let admin: Session
  const made: number[] = []

  beforeAll(async () => {
    author = await login(baseUrl, 'redactie@example.org', demoPassword)
    admin = await login(baseUrl, 'beheer@example.org', demoPassword)
  })
  afterAll(async () => {
    for (const id of made) await api(baseUrl, `/api/working-methods/${id}`, { session: admin, method: 'DELETE' })
  })

  it('refuses the author with the Dutch reason and lets the second redacteur publish from the form', async () => {
    const doc = await submittedMethod(author)
    made.push(doc.id)

    const authorPage = await openPage(browser, { locale: 'nl-NL' })
    await adminLogin(authorPage, 'redactie@example.org')
    expect(await clickPublish(authorPage, doc.id)).toMatch(/vier-ogenprincipe/)
    expect((await api(baseUrl, `/api/working-methods/${doc.id}`)).status).not.toBe(200)

    const reviewerPage = await openPage(browser, { locale: 'nl-NL' })
    await adminLogin(reviewerPage, 'redactie-tweede@example.org')
    const message = await clickPublish(reviewerPage, doc.id)
    expect(message).not.toMatch(/vier-ogenprincipe|wijzigt de tekst/)
    await expect
      .poll(async () => (await api<Doc>(baseUrl, `/api/working-methods/${doc.id}?depth=0`)).data.summary, {
        timeout: 15_000,
      })
      .toBe('Geschreven door de eerste redacteur.')
  })

  it('shows the overdue reviews on the dashboard', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    await adminLogin(page, 'beheer@example.org')
    await page.goto(`${baseUrl}/admin`)
    await page.locator('#overdue-reviews').waitFor({ timeout: 30_000 })
    expect(await page.locator('#overdue-reviews').innerText()).toBe('Herziening nodig')
  })
})
