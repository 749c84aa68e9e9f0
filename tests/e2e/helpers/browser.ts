import fs from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

/** Debian's chromium; CHROMIUM_PATH points elsewhere (another distribution, a local build). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Everything that would make the browser call home or depend on the machine's graphics. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Why the browser tests cannot run here, or null when they can. A developer without chromium gets
 * the other tests and a printed reason; CI must run them all, so there a missing browser fails.
 */
export function browserSkipReason(spec: string): string | null {
  if (fs.existsSync(CHROMIUM_PATH)) return null
  const reason = `geen Chromium op ${CHROMIUM_PATH} (installeer met \`apt-get install -y chromium\` of zet CHROMIUM_PATH)`
  if (process.env.CI === 'true') throw new Error(`[${spec}] browser tests cannot run in CI: ${reason}`)
  console.warn(`[${spec}] browsertests overgeslagen: ${reason}`)
  return reason
}

/** The browser a describe block's tests open their pages in (useBrowser). */
export type BrowserUnderTest = {
  /** The launched browser; reading it before the block's beforeAll has launched it throws. */
  readonly browser: Browser
}

/**
 * Launches one headless Chromium for the enclosing describe block and closes it after the block.
 * Call it inside `describe`: a beforeAll the test registers after it finds the browser up, an
 * afterAll registered after it runs before the browser closes.
 */
export function useBrowser(): BrowserUnderTest {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get browser() {
      if (browser) return browser
      throw new Error('useBrowser: the browser is not launched yet. Open pages inside a test, or in a beforeAll registered after useBrowser(); did the launch fail?')
    },
  }
}

/** A fresh page in its own context (no cookies shared between tests). */
export async function openPage({ browser }: BrowserUnderTest, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options)
  return context.newPage()
}

/** Fails with a readable list (rule, impact, where) when axe finds any WCAG 2.1 A/AA problem, or one of 2.2 AA (touch target size). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(violations).toEqual([])
}
