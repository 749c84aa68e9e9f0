import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { openSessions } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

/**
 * The registrant without an account, end to end in the production build (the form needs no JavaScript;
 * the checks of width and axe do, so the browser has it on):
 * register → a confirmation of what was booked (not the form) → the same address again is told
 * "U staat al ingeschreven" with the cancel route → the cancel link from the mail in the outbox.
 *
 * Reliability (an earlier version timed out): every step waits for the navigation its click
 * causes ('load' of the next document, bounded), locators are by role, and the mail is polled in
 * the outbox with a bounded wait, since the queue sends it within ~10 s.
 */

const baseUrl = inject('baseUrl')
const outboxDir = inject('outboxDir')
const skipReason = browserSkipReason('journeys-registrant')
const STEP_TIMEOUT = 20_000

type Training = { slug: string; title: string }

/** A published training with a session open for registration, found over the public API. */
async function trainingWithOpenSession(): Promise<Training> {
  const trainingId = (await openSessions(baseUrl))[0]?.training
  if (!trainingId) throw new Error('no open session in the demo content')
  return (await (await fetch(`${baseUrl}/api/trainings/${trainingId}?depth=0`)).json()) as Training
}

async function submit(page: Page, name: string) {
  await Promise.all([
    page.waitForURL(/inschrijving=/, { timeout: STEP_TIMEOUT, waitUntil: 'load' }),
    page.getByRole('button', { name }).click(),
  ])
}

async function fillForm(page: Page, email: string, skjNumber = '') {
  await page.locator('input[name="session"]').first().check()
  await page.getByLabel('Naam', { exact: true }).fill('Test Deelnemer')
  await page.locator('#inschrijven-email').fill(email)
  await page.getByLabel('Organisatie').fill('Voorbeeldorganisatie')
  await page.getByLabel('Functie').fill('Jeugdbeschermer')
  await page.getByLabel('SKJ-registratienummer (optioneel)').fill(skjNumber)
  await page.locator('input[name="consent"]').check()
}

/** The mail to `email` with a cancel link in the outbox, waited for (bounded). */
async function mailTo(email: string): Promise<string> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const files = fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir).filter((f) => f.endsWith('.eml')) : []
    for (const file of files) {
      const raw = fs.readFileSync(path.join(outboxDir, file))
      if (!raw.includes(email)) continue
      const mail = await simpleParser(raw)
      const text = mail.text ?? ''
      if (text.includes('/scholing/annuleren?token=')) return text
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no mail to ${email} in ${outboxDir} within 60 s`)
}

describe.skipIf(skipReason)('the registrant without an account', () => {
  const browser = useBrowser()
  let training: Training

  beforeAll(async () => {
    training = await trainingWithOpenSession()
  })

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it(`registers, is told what was booked, is told the second time, and cancels from the mail at ${viewport.width} px`, async () => {
      const page = await openPage(browser, { locale: 'nl-NL', viewport })
      page.setDefaultTimeout(STEP_TIMEOUT)
      const email = `registrant-${viewport.width}-${Date.now()}@example.org`
      await page.goto(`${baseUrl}/scholing/${training.slug}`, { waitUntil: 'load' })
      // Places left (or "vol") beside every session in the form.
      expect(await page.locator('.registration').innerText()).toMatch(/nog \d+ plaats|vol \(wachtlijst\)/)
      // The form itself, its consent checkbox a big enough touch target included.
      await expectNoAxeViolations(page)

      await fillForm(page, email, '123456789')
      await submit(page, 'Inschrijven')
      const confirmation = page.getByRole('status').filter({ hasText: training.title })
      await confirmation.waitFor()
      const booked = await confirmation.innerText()
      expect(booked).toMatch(/U bent ingeschreven|U staat op de wachtlijst/)
      expect(booked).toMatch(/Wanneer/)
      expect(booked).toMatch(/Bevestigd|Wachtlijst, plaats \d+/)
      expect(await page.locator('form.registration__form').count()).toBe(0)
      expect(await page.locator('.registration .utrecht-alert').count()).toBe(0)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
      await expectNoAxeViolations(page)

      // The same address again, from the form behind "Nog iemand inschrijven".
      await Promise.all([page.waitForURL(/#inschrijven$/, { waitUntil: 'load' }), page.getByRole('link', { name: 'Nog iemand inschrijven' }).click()])
      await fillForm(page, email)
      await submit(page, 'Inschrijven')
      // Inside the registration section: with JavaScript on, Next's route announcer is an alert too.
      const alert = page.locator('.registration').getByRole('alert')
      await alert.waitFor()
      const refused = await alert.innerText()
      expect(refused).toContain('U staat al ingeschreven voor deze sessie')
      expect(refused).toContain('Inschrijving annuleren')
      expect(refused).not.toContain('Er ging iets mis')
      await expectNoAxeViolations(page)

      // The mail holds the cancel link, the place or address and whom to ask.
      const mail = await mailTo(email)
      expect(mail).toMatch(/Neem contact op met .+@example\.org/)
      expect(mail).not.toMatch(/het adres staat in de bevestiging|u ontvangt de link na uw inschrijving/)
      const cancelUrl = mail.match(/https?:\/\/[^\s"<>]+\/scholing\/annuleren\?token=[A-Za-z0-9%_.-]+/)?.[0]
      expect(cancelUrl).toBeTruthy()
      await page.goto(`${baseUrl}${new URL(cancelUrl!).pathname}${new URL(cancelUrl!).search}`, { waitUntil: 'load' })
      await Promise.all([
        page.waitForURL(/resultaat=/, { waitUntil: 'load' }),
        page.getByRole('button', { name: 'Ja, annuleer mijn inschrijving' }).click(),
      ])
      expect(await page.getByRole('status').filter({ hasText: 'geannuleerd' }).count()).toBe(1)
      await expectNoAxeViolations(page)
      await page.context().close()
    })
  }
})
