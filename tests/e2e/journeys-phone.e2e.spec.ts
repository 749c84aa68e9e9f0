import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { extractPdfText } from '../../src/documents/extract-pdf-text'
import { firstPublished } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

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

/** The page's cumulative layout shift so far (the layout-shift entries Chromium buffered). */
type Box = { top: number; left: number } | null

/**
 * Where the work card's PDF link and the part after the actions stand, as the page is painted
 * without JavaScript (the first paint) or once hydrated. Equal boxes mean the print button held its
 * place: a button that appeared with hydration pushed the page down (Lighthouse's CLS). Compared
 * as positions, not by watching layout shifts, which also caught unrelated shifts of a loaded
 * machine's first paint.
 */
async function workCardBoxes(page: Page, url: string, hydrated: boolean): Promise<{ pdf: Box; next: Box }> {
  await page.goto(url, { waitUntil: 'load' })
  if (hydrated) await page.getByRole('button', { name: 'Werkkaart afdrukken' }).waitFor()
  return page.evaluate(() => {
    const group = document.querySelector('.work-card-actions')
    const box = (element: Element | null | undefined) => {
      if (!element) return null
      const rect = element.getBoundingClientRect()
      return { top: Math.round(rect.top + window.scrollY), left: Math.round(rect.left) }
    }
    return { pdf: box(group?.querySelector('a[download]')), next: box(group?.nextElementSibling) }
  })
}

describe.skipIf(skipReason)('the professional on a phone', () => {
  const browser = useBrowser()

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

  it('prints a working method as one A4 work card and downloads the same card as a PDF', async () => {
    const method = await firstPublished<Doc>(baseUrl, 'working-methods')
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      const url = `${baseUrl}/werkwijzen/${method.slug}`
      // Nothing moves when the page becomes interactive: the print button held its place.
      const firstPaint = await openPage(browser, { locale: 'nl-NL', viewport, javaScriptEnabled: false })
      const before = await workCardBoxes(firstPaint, url, false)
      await firstPaint.context().close()
      const page = await openPage(browser, { locale: 'nl-NL', viewport })
      const after = await workCardBoxes(page, url, true)
      expect(before.pdf).not.toBeNull()
      expect(after, `${viewport.width} px`).toEqual(before)
      const pdfLink = page.getByRole('link', { name: 'Werkkaart als PDF (A4)' })
      const href = await pdfLink.getAttribute('href')
      expect(href).toBe(`/werkwijzen/${method.slug}/werkkaart.pdf`)
      await expectNoAxeViolations(page)

      // Printed: only the card, the title largest, on one A4 page.
      await page.emulateMedia({ media: 'print' })
      const sizes = await page.evaluate(() => {
        const card = document.querySelector('.work-card-print')
        const visible = [...document.querySelectorAll('article.working-method > *')].filter((el) => getComputedStyle(el).display !== 'none')
        const size = (selector: string) => parseFloat(getComputedStyle(card!.querySelector(selector)!).fontSize)
        return { visible: visible.map((el) => el.className), title: size('.work-card-print__title'), heading: size('h3'), text: size('p') }
      })
      expect(sizes.visible).toEqual(['work-card-print print-only'])
      expect(sizes.title).toBeGreaterThan(sizes.heading)
      expect(sizes.heading).toBeGreaterThan(sizes.text)
      const printed = await page.pdf({ format: 'A4', printBackground: true })
      expect((await extractPdfText(new Uint8Array(printed))).pages).toBe(1)
      await page.context().close()
    }
    const response = await fetch(`${baseUrl}/werkwijzen/${method.slug}/werkkaart.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const card = await extractPdfText(new Uint8Array(bytes))
    expect(card.pages).toBe(1)
    expect(card.text).toContain(method.title)
    expect((await fetch(`${baseUrl}/werkwijzen/bestaat-niet/werkkaart.pdf`)).status).toBe(404)
  }, 180_000)

  it('a region page: every jump link lands, municipalities once, organisations named once in their own case', async () => {
    const region = await firstPublished<Doc & { municipalities: string[] }>(baseUrl, 'regions')
    const page = await openPage(browser, { locale: 'nl-NL', viewport: PHONE })
    await page.goto(`${baseUrl}/regios/${region.slug}`, { waitUntil: 'load' })
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('nav[aria-label="Op deze pagina"] a')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(id)),
    )
    expect(missing).toEqual([])
    const text = await page.locator('main').innerText()
    const listed = await page.evaluate(
      (names) => names.map((name) => [...document.querySelectorAll('main li')].filter((li) => li.textContent?.trim() === name).length),
      region.municipalities,
    )
    expect(listed).toEqual(region.municipalities.map(() => 1))
    expect(text).not.toMatch(/Raad voor de Kinderbescherming \(Raad voor de Kinderbescherming\)/)
    expect(text).not.toMatch(/\d aantal\b/)
    expect(text).not.toContain('raad voor de kinderbescherming')
    await expectNoAxeViolations(page)
  }, 120_000)
})
