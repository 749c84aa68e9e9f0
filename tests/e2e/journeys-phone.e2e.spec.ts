import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { firstPublished } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, launchBrowser, openPage } from './helpers/browser'

/**
 * The professional on a phone (390 × 844): the header leaves the screen to the page, nothing is
 * wider than the screen, the menu opens from the keyboard, and the escalation guide ends every
 * path with what to do and whom to call in the chosen region.
 */

const baseUrl = inject('baseUrl')
const skipReason = browserSkipReason('journeys-phone')
const PHONE = { width: 390, height: 844 }

type Doc = { id: number; slug: string; title: string }

async function phonePaths(): Promise<string[]> {
  const detail = await Promise.all(
    (
      [
        ['building-blocks', '/bouwstenen'],
        ['working-methods', '/werkwijzen'],
        ['regions', '/regios'],
        ['pilots', '/toekomsttuinen'],
        ['trainings', '/scholing'],
      ] as const
    ).map(async ([collection, base]) => `${base}/${(await firstPublished<Doc>(baseUrl, collection)).slug}`),
  )
  return ['/', '/escalatiemodel', '/escalatiemodel?uitkomst=1', '/werkwijzen', '/bouwstenen', '/regios', '/scholing', '/zoeken?q=ots', ...detail]
}

async function layout(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    h1Top: document.querySelector('h1')?.getBoundingClientRect().top ?? Infinity,
    headerHeight: document.querySelector('header.site-header')?.getBoundingClientRect().height ?? Infinity,
  }))
}

describe.skipIf(skipReason)('the professional on a phone', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('starts every page in the top quarter of the screen and never scrolls sideways', async () => {
    const page = await openPage(browser, { locale: 'nl-NL', viewport: PHONE })
    const problems: string[] = []
    for (const path of await phonePaths()) {
      await page.goto(`${baseUrl}${path}`)
      const { scrollWidth, h1Top, headerHeight } = await layout(page)
      if (scrollWidth > PHONE.width) problems.push(`${path}: ${scrollWidth} px wide`)
      if (h1Top > PHONE.height / 4) problems.push(`${path}: heading starts at ${Math.round(h1Top)} px`)
      if (headerHeight > 80) problems.push(`${path}: header is ${Math.round(headerHeight)} px high`)
    }
    expect(problems).toEqual([])
  })

  it('opens the menu with the keyboard, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await openPage(browser, { locale: 'nl-NL', viewport: PHONE, javaScriptEnabled })
      await page.goto(`${baseUrl}/`)
      const menuLink = page.locator('.site-menu__panel a').first()
      expect(await menuLink.isVisible()).toBe(false)
      await page.locator('.site-menu__button').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => menuLink.isVisible()).toBe(true)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('.site-menu__panel') !== null)).toBe(true)
      await page.context().close()
    }
  })

  it('walks the escalation guide past the last level and names the region’s contacts', async () => {
    const region = await firstPublished<Doc>(baseUrl, 'regions')
    const page = await openPage(browser, { locale: 'nl-NL', viewport: PHONE })
    await page.goto(`${baseUrl}/escalatiemodel`)
    await page.getByRole('link', { name: 'Start de wegwijzer' }).click()
    await page.waitForURL(/stap=veiligheid/)
    await page.getByRole('link', { name: 'Nee', exact: true }).click()
    for (let step = 0; step < 10 && !page.url().includes('uitkomst='); step++) {
      const before = page.url()
      await page.getByRole('link', { name: 'Ja', exact: true }).click()
      await page.waitForURL((url) => url.href !== before)
    }
    expect(page.url()).toMatch(/uitkomst=voorbij/)
    await page.selectOption('#wegwijzer-regio', region.slug)
    await page.getByRole('button', { name: 'Toon contact' }).click()
    await page.waitForURL(new RegExp(`regio=${region.slug}`))
    await expect.poll(() => page.getByRole('heading', { name: `Wie u belt in de regio ${region.title}` }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'Voorbeeld: escalatiepunt samenwerking' }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: `Regionaal Expertteam ${region.title}` }).count()).toBe(1)
    // "Opnieuw beginnen" keeps the region, so the next outcome names it at once.
    await page.getByRole('link', { name: 'Opnieuw beginnen' }).click()
    await page.getByRole('link', { name: 'Nee', exact: true }).click()
    await page.getByRole('link', { name: 'Nee', exact: true }).click()
    await page.waitForURL(/uitkomst=1/)
    expect(await page.getByRole('heading', { name: 'Wat u nu doet' }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'Voorbeeld: escalatiepunt samenwerking' }).count()).toBe(1)
    const { scrollWidth } = await layout(page)
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width)
    await expectNoAxeViolations(page)
  })
})
