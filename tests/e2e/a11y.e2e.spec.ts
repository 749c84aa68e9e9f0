import { describe, inject, it } from 'vitest'

import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

const baseUrl = inject('baseUrl')
const skipReason = browserSkipReason('a11y')

describe.skipIf(skipReason)('accessibility (WCAG 2.1 A and AA, axe)', () => {
  const browser = useBrowser()

  it('finds no violations on the home page', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/`)
    await expectNoAxeViolations(page)
  })
})
