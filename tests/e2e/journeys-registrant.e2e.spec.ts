import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { browserSkipReason, expectNoAxeViolations, launchBrowser, openPage } from './helpers/browser'

/**
 * The registrant without an account, in the production build: registering through the form
 * without JavaScript, and a second registration with the same address answered with what is
 * true ("U staat al ingeschreven"), not with a server fault.
 */

const baseUrl = inject('baseUrl')
const skipReason = browserSkipReason('journeys-registrant')

type Training = { slug: string; title: string }

/** A published training whose page offers the form with at least one open session. */
async function trainingWithOpenSession(page: Page): Promise<Training> {
  const response = await fetch(`${baseUrl}/api/trainings?limit=50&depth=0&sort=title`)
  const { docs } = (await response.json()) as { docs: Training[] }
  for (const training of docs) {
    await page.goto(`${baseUrl}/scholing/${training.slug}`)
    if ((await page.locator('input[name="session"]:not([disabled])').count()) > 0) return training
  }
  throw new Error('no training with an open session in the demo content')
}

async function fillAndSend(page: Page, email: string) {
  await page.locator('input[name="session"]:not([disabled])').first().check()
  await page.fill('input[name="name"]', 'Test Deelnemer')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="organisation"]', 'Voorbeeldorganisatie')
  await page.fill('input[name="function"]', 'Jeugdbeschermer')
  await page.locator('input[name="consent"]').check()
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Inschrijven' }).click()])
}

describe.skipIf(skipReason)('the registrant without an account', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it(`registers once and is told so the second time, at ${viewport.width} px, without JavaScript`, async () => {
      const page = await openPage(browser, { locale: 'nl-NL', viewport, javaScriptEnabled: false })
      const training = await trainingWithOpenSession(page)
      const email = `registrant-${viewport.width}-${Date.now()}@example.org`
      await fillAndSend(page, email)
      expect(page.url()).toContain(`/scholing/${training.slug}`)
      await expect.poll(() => page.locator('.registration [role="status"]').count()).toBe(1)
      expect(await page.locator('.registration [role="alert"]').count()).toBe(0)

      await fillAndSend(page, email)
      const alert = page.locator('.registration [role="alert"]')
      await expect.poll(() => alert.count()).toBe(1)
      expect(await alert.innerText()).toContain('U staat al ingeschreven voor deze sessie')
      expect(await alert.innerText()).not.toContain('Er ging iets mis')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
      await expectNoAxeViolations(page)
      await page.context().close()
    })
  }
})
