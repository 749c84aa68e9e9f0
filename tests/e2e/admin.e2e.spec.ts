import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { browserSkipReason, openPage, useBrowser } from './helpers/browser'

const baseUrl = inject('baseUrl')
const skipReason = browserSkipReason('admin')

/** /admin answers 200 and then sends the browser on to login or, on an empty database, to create-first-user. */
async function openAdmin(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/admin`)
  await page.waitForURL(/\/admin\/(login|create-first-user)/)
  // The form is rendered on the client; wait until its submit button is there.
  await page.locator('form button[type="submit"]').first().waitFor()
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ')
}

describe.skipIf(skipReason)('admin language', () => {
  const browser = useBrowser()

  it('is Dutch for an English browser that has not chosen a language', async () => {
    const page = await openPage(browser, { locale: 'en-US' })
    const text = await openAdmin(page)

    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    // Login ("Inloggen", "Wachtwoord vergeten?") or create-first-user ("Om te beginnen maakt u uw eerste gebruiker aan.").
    expect(text).toMatch(/Inloggen|Om te beginnen maakt u uw eerste gebruiker aan/)
    expect(text).not.toMatch(/Forgot password|To begin, create your first user/)
    const cookies = await page.context().cookies(baseUrl)
    expect(cookies.find((cookie) => cookie.name === 'payload-lng')?.value).toBe('nl')
  })

  it('keeps English for an editor who chose it', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    // What the language choice in the account settings stores.
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: baseUrl }])
    const text = await openAdmin(page)

    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(text).toMatch(/Login|To begin, create your first user/)
    const cookies = await page.context().cookies(baseUrl)
    expect(cookies.find((cookie) => cookie.name === 'payload-lng')?.value).toBe('en')
  })
})
