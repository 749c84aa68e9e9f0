import { describe, expect, inject, it } from 'vitest'

import { browserSkipReason, openPage, useBrowser } from './helpers/browser'

const baseUrl = inject('baseUrl')

describe('production server', () => {
  it('answers the health check with the database kind', async () => {
    const response = await fetch(`${baseUrl}/api/health`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' })
  })

  it('serves the home page as server-rendered Dutch HTML', async () => {
    const response = await fetch(`${baseUrl}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html lang="nl"/)
    expect(html).toContain('Kennisportaal Jeugdbescherming Gelderland')
  })
})

const skipReason = browserSkipReason('smoke')

describe.skipIf(skipReason)('home page in a browser', () => {
  const browser = useBrowser()

  it('renders in Dutch with the portal heading', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    const response = await page.goto(`${baseUrl}/`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Kennisportaal Jeugdbescherming')
  })
})
