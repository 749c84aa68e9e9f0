import fs from 'node:fs'

import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { CHROMIUM_PATH, openPage, useBrowser } from '../../e2e/helpers/browser'

/** tests/e2e/helpers/browser.ts useBrowser with the real Chromium, on a page of its own (no server). */
let launched: Browser | undefined

describe.skipIf(!fs.existsSync(CHROMIUM_PATH))('useBrowser in a describe block', () => {
  const browser = useBrowser()
  let readEarly: unknown
  try {
    readEarly = browser.browser
  } catch (error) {
    readEarly = error
  }
  let seenByOwnHook = false

  beforeAll(async () => {
    seenByOwnHook = browser.browser.isConnected()
  })

  it('refuses to be read before the launch, saying so', () => {
    expect((readEarly as Error).message).toMatch(/useBrowser: the browser is not launched yet/)
  })

  it('is up for the block’s own beforeAll and opens pages in contexts of their own', async () => {
    expect(seenByOwnHook).toBe(true)
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.setContent('<html lang="nl"><body><h1>Kennisportaal</h1></body></html>')
    expect(await page.locator('h1').textContent()).toBe('Kennisportaal')
    expect(await page.evaluate(() => navigator.language)).toBe('nl-NL')
    const other = await openPage(browser)
    expect(other.context()).not.toBe(page.context())
    launched = browser.browser
  })
})

describe.skipIf(!fs.existsSync(CHROMIUM_PATH))('after that block', () => {
  it('closed the browser', () => {
    expect(launched?.isConnected()).toBe(false)
  })
})
