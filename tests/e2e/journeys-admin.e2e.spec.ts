import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { browserSkipReason, openPage, useBrowser } from './helpers/browser'

/**
 * The trainer and the regional editor in the admin, as they walk it, at phone and desktop width:
 * the trainer's dashboard starts with their tasks, a new session's registrations are one click
 * away and the CSV export carries the SKJ number, dates are Dutch; the regional editor is offered
 * only their own region, chooses municipalities from its list, and a forged region is refused.
 */

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const skipReason = browserSkipReason('journeys-admin')
const STEP = 60_000
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]

type Doc = { id: number; slug?: string; title: string; municipalities?: string[] }

async function adminLogin(page: Page, email: string): Promise<void> {
  page.setDefaultTimeout(STEP)
  await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'load' })
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(demoPassword)
  await page.locator('form button[type="submit"]').first().click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: STEP })
}

const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

describe.skipIf(skipReason)('the trainer in the admin', () => {
  const browser = useBrowser()
  let trainer: Session
  let training: Doc

  beforeAll(async () => {
    trainer = await login(baseUrl, 'opleider-gi@example.org', demoPassword)
    const me = await api<{ user: { id: number } }>(baseUrl, '/api/users/me', { session: trainer })
    const own = await api<{ docs: Doc[] }>(baseUrl, `/api/trainings?where[trainers][in]=${me.data.user.id}&limit=1&depth=0`, { session: trainer })
    training = own.data.docs[0]
    if (!training) throw new Error('the demo trainer has no training')
  })

  for (const viewport of VIEWPORTS) {
    it(`creates a session, sees its registrations and exports them with the SKJ number at ${viewport.width} px`, { timeout: 240_000 }, async () => {
      // The session, created with the trainer's own account (the admin form posts the same API).
      const created = await api<{ doc: Doc }>(baseUrl, '/api/training-sessions', {
        session: trainer,
        method: 'POST',
        body: {
          training: training.id,
          label: `Extra sessie ${viewport.width}`,
          startsAt: inDays(30, 8),
          endsAt: inDays(30, 11),
          mode: 'locatie',
          location: 'Arnhem (voorbeeldlocatie)',
          joinDetails: 'Voorbeeldstraat 1, Arnhem',
          capacity: 2,
          registrationOpensAt: inDays(-1),
          registrationClosesAt: inDays(25),
          status: 'scheduled',
        },
      })
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      const session = created.data.doc
      const registered = await api<{ status: string }>(baseUrl, '/api/registrations', {
        method: 'POST',
        body: {
          session: session.id,
          name: 'Deelnemer Admin',
          email: `admin-${viewport.width}-${Date.now()}@example.org`,
          organisation: 'Voorbeeldorganisatie',
          function: 'Jeugdbeschermer',
          skjNumber: '123456789',
          consent: true,
        },
      })
      expect(registered.data.status).toBe('confirmed')

      const page = await openPage(browser, { locale: 'nl-NL', viewport })
      await adminLogin(page, 'opleider-gi@example.org')
      // The dashboard starts with what a trainer comes for.
      await page.goto(`${baseUrl}/admin`, { waitUntil: 'load' })
      await page.getByRole('heading', { name: /^Welkom, trainer/ }).waitFor()
      expect(await page.getByRole('link', { name: 'Nieuwe training' }).count()).toBe(1)

      await page.goto(`${baseUrl}/admin/collections/training-sessions/${session.id}`, { waitUntil: 'load' })
      await page.getByText('1 van 2 plaatsen bezet.').waitFor()
      // Dutch date in the field: dd-MM-yyyy with a 24-hour clock, never "AM"/"PM".
      const startsAt = await page.locator('#field-startsAt input').first().inputValue()
      expect(startsAt).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/)

      // Followed by its address: a click before the admin has hydrated can be lost on a slow first render.
      const href = await page.getByRole('link', { name: 'Inschrijvingen bekijken en aanwezigheid bijhouden' }).getAttribute('href')
      expect(href).toBeTruthy()
      await page.goto(new URL(href!, baseUrl).toString(), { waitUntil: 'load' })
      await page.getByText('Deelnemer Admin').first().waitFor()
      const list = await page.locator('main, .collection-list').first().innerText()
      expect(list).not.toMatch(/\b(AM|PM)\b/)

      const csv = await fetch(`${baseUrl}/api/registrations/export.csv?session=${session.id}`, { headers: { Authorization: `JWT ${trainer.token}` } })
      const text = await csv.text()
      const [header, row] = text.replace(/^\uFEFF/, '').trim().split('\r\n')
      expect(header).toContain('SKJ-registratienummer')
      expect(header).not.toContain('Persoonsgegevens')
      expect(row).toContain('123456789')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
      await page.context().close()
    })
  }
})

describe.skipIf(skipReason)('the regional editor in the admin', () => {
  const browser = useBrowser()
  let editor: Session
  let own: Doc
  let other: Doc

  beforeAll(async () => {
    editor = await login(baseUrl, 'regio-achterhoek@example.org', demoPassword)
    const regions = await api<{ docs: Doc[] }>(baseUrl, '/api/regions?limit=20&depth=0&sort=title')
    own = regions.data.docs.find((r) => r.slug === 'achterhoek')!
    other = regions.data.docs.find((r) => r.slug !== 'achterhoek')!
  })

  for (const viewport of VIEWPORTS) {
    it(`is offered only the own region and its municipalities at ${viewport.width} px`, { timeout: 240_000 }, async () => {
      const page = await openPage(browser, { locale: 'nl-NL', viewport })
      await adminLogin(page, 'regio-achterhoek@example.org')
      await page.goto(`${baseUrl}/admin/collections/local-agreements/create`, { waitUntil: 'load' })
      // The region picker offers one region: their own.
      await page.locator('#field-region .rs__control').click()
      await page.locator('.rs__option').first().waitFor()
      const options = await page.locator('.rs__option').allInnerTexts()
      expect(options).toEqual([own.title])
      await page.locator('.rs__option').first().click()
      // The municipalities are that region's list, as checkboxes.
      const municipalities = page.getByRole('group', { name: 'Gemeenten' })
      await municipalities.getByRole('checkbox', { name: 'Winterswijk' }).waitFor()
      expect(await municipalities.getByRole('checkbox').count()).toBe(own.municipalities?.length)
      expect(await municipalities.getByRole('checkbox', { name: 'Arnhem' }).count()).toBe(0)
      await page.context().close()
    })
  }

  it('refuses a forged region and a municipality of another region, in Dutch', async () => {
    const body = { title: `Afspraak ${Date.now()}`, validFrom: inDays(0), _status: 'draft' }
    const forged = await api<{ errors?: { message: string }[] }>(baseUrl, '/api/local-agreements?draft=true', {
      session: editor,
      method: 'POST',
      body: { ...body, region: other.id },
    })
    expect(forged.status).toBe(400)
    expect(JSON.stringify(forged.data)).toContain('uw eigen regio')
    const stranger = await api(baseUrl, '/api/local-agreements?draft=true', {
      session: editor,
      method: 'POST',
      body: { ...body, region: own.id, municipalities: ['Arnhem'] },
    })
    expect(stranger.status).toBe(400)
    expect(JSON.stringify(stranger.data)).toContain('Niet in deze regio: Arnhem')
  })
})
