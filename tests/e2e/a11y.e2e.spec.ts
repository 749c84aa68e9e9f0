import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'

import { browserSkipReason, expectNoAxeViolations, launchBrowser, openPage } from './helpers/browser'

const baseUrl = inject('baseUrl')
const skipReason = browserSkipReason('a11y')

describe.skipIf(skipReason)('accessibility (WCAG 2.1 A and AA, axe)', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('finds no violations on the home page', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/`)
    await expectNoAxeViolations(page)
  })
})
