import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RegistrationForm, type SessionOption } from '../../../src/components/registration/RegistrationForm'
import { decodeFlash, FLASH_COOKIE } from '../../../src/registrations/flash'
import { handleRegistrationForm } from '../../../src/registrations/formPost'
import { testDatabases } from '../../helpers/databases'
import { createSession, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

const sqlite = (await testDatabases()).find((d) => d.kind === 'sqlite')!

const formRequest = (slug: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(`http://portal.example.org/scholing/${slug}/inschrijven`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'portal.example.org', origin: 'http://portal.example.org', ...headers },
    body: new URLSearchParams(fields),
  })

const flashOf = (response: Response, secret: string) => {
  const cookie = response.headers.get('set-cookie') ?? ''
  const value = cookie.match(new RegExp(`${FLASH_COOKIE}=([^;]+)`))?.[1]
  return decodeFlash(value, secret)
}

describe('the registration form without JavaScript', () => {
  const portal = usePortal(sqlite)

  it('registers from a plain form post and redirects back with the outcome in a scoped cookie', async () => {
    const { session, training } = await createSession(portal.payload, { capacity: 3 })
    const response = await handleRegistrationForm(
      portal.payload,
      formRequest(training.slug as string, {
        session: String(session.id),
        name: 'Deelnemer Formulier',
        email: 'formulier@example.org',
        organisation: 'Voorbeeldorganisatie',
        function: 'Wijkteammedewerker',
        consent: 'ja',
      }),
      training.slug as string,
    )
    expect(response.status).toBe(303)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(new RegExp(`^/scholing/${training.slug}\\?inschrijving=[0-9a-f]{16}#inschrijven$`))
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toContain(`Path=/scholing/${training.slug}`)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    const flash = flashOf(response, portal.payload.secret)
    expect(flash).toMatchObject({ ok: true, status: 'confirmed', values: {} })
    // What was booked travels with the outcome, so the page can confirm it without the form.
    expect(flash!.booking).toMatchObject({ training: training.title, session: session.label, where: 'Arnhem, zaal 2', status: 'confirmed' })
    expect(location).toContain(flash!.id)
    expect((await statusCounts(portal.payload, session.id)).confirmed).toBe(1)
  })

  it('a second registration with the same address says so, with the way to cancel or change', async () => {
    const { session, training } = await createSession(portal.payload, { capacity: 1 })
    const fields = { session: String(session.id), name: 'Dubbel', email: 'dubbel@example.org', organisation: 'O', function: 'F', consent: 'ja' }
    const first = flashOf(await handleRegistrationForm(portal.payload, formRequest(training.slug as string, fields), training.slug as string), portal.payload.secret)
    expect(first).toMatchObject({ ok: true, status: 'confirmed' })
    const again = flashOf(await handleRegistrationForm(portal.payload, formRequest(training.slug as string, fields), training.slug as string), portal.payload.secret)
    expect(again).toMatchObject({ ok: false, code: 'duplicate', message: 'U staat al ingeschreven voor deze sessie' })
    const html = render({ action: `/scholing/${training.slug}/inschrijven`, options: [], flash: again, retentionMonths: 12 })
    expect(html).toContain('U staat al ingeschreven voor deze sessie')
    expect(html).toContain('Inschrijving annuleren')
    // The next person waits, and hears where in line.
    const waiting = flashOf(
      await handleRegistrationForm(portal.payload, formRequest(training.slug as string, { ...fields, email: 'wacht@example.org', skjNumber: '1 2345 6789' }), training.slug as string),
      portal.payload.secret,
    )
    expect(waiting).toMatchObject({ ok: true, status: 'waitlist', booking: { waitlistPosition: 1 } })
    const { docs } = await portal.payload.find({ collection: 'registrations', where: { email: { equals: 'wacht@example.org' } }, overrideAccess: true })
    expect(docs[0].skjNumber).toBe('123456789')
  })

  it('refuses an SKJ number that cannot be one, and stores nothing', async () => {
    const { session, training } = await createSession(portal.payload)
    const fields = { session: String(session.id), name: 'S', email: 'skj@example.org', organisation: 'O', function: 'F', consent: 'ja', skjNumber: '12345' }
    const flash = flashOf(await handleRegistrationForm(portal.payload, formRequest(training.slug as string, fields), training.slug as string), portal.payload.secret)
    expect(flash).toMatchObject({ ok: false, errors: [{ field: 'skjNumber' }], values: { skjNumber: '12345' } })
    expect((await statusCounts(portal.payload, session.id)).total).toBe(0)
  })

  it('sends mistakes back with the typed values and stores nothing', async () => {
    const { session, training } = await createSession(portal.payload)
    const response = await handleRegistrationForm(
      portal.payload,
      formRequest(training.slug as string, { session: String(session.id), name: 'Deelnemer Fout', email: 'geen-adres', organisation: '', function: 'Trainer' }),
      training.slug as string,
    )
    expect(response.status).toBe(303)
    const flash = flashOf(response, portal.payload.secret)!
    expect(flash.ok).toBe(false)
    expect(flash.errors.map((e) => e.field).sort()).toEqual(['consent', 'email', 'organisation'])
    expect(flash.values).toMatchObject({ name: 'Deelnemer Fout', email: 'geen-adres', function: 'Trainer' })
    expect((await statusCounts(portal.payload, session.id)).total).toBe(0)
    // A tampered cookie shows nothing.
    expect(decodeFlash(`${(response.headers.get('set-cookie') ?? '').split('=')[1].split('.')[0]}.AAAA`, portal.payload.secret)).toBeNull()
  })

  it('refuses posts from other sites and other content types', async () => {
    const { session, training } = await createSession(portal.payload)
    const fields = { session: String(session.id), name: 'X', email: 'x@example.org', organisation: 'Y', function: 'Z', consent: 'ja' }
    const foreign = await handleRegistrationForm(portal.payload, formRequest(training.slug as string, fields, { origin: 'https://evil.example.net' }), training.slug as string)
    expect(foreign.status).toBe(403)
    expect(await foreign.text()).toMatch(/alleen via het formulier/)
    const fetchSite = await handleRegistrationForm(portal.payload, formRequest(training.slug as string, fields, { 'sec-fetch-site': 'cross-site' }), training.slug as string)
    expect(fetchSite.status).toBe(403)
    const json = await handleRegistrationForm(portal.payload, formRequest(training.slug as string, fields, { 'content-type': 'application/json' }), training.slug as string)
    expect(json.status).toBe(415)
    const badSlug = await handleRegistrationForm(portal.payload, formRequest('x', fields), 'a/../b')
    expect(badSlug.status).toBe(404)
    expect((await statusCounts(portal.payload, session.id)).total).toBe(0)
  })
})

const render = (props: Parameters<typeof RegistrationForm>[0]) => renderToStaticMarkup(createElement(RegistrationForm, props))

describe('the registration form markup', () => {
  const options: SessionOption[] = [
    { id: '7', label: 'Ochtend', when: 'dinsdag 3 maart 2026 09:30 tot 12:30', where: 'Arnhem', places: 'nog 2 plaatsen' },
    { id: '8', label: 'Middag', when: 'dinsdag 3 maart 2026 13:30 tot 16:30', where: 'online', places: 'vol (wachtlijst)' },
  ]
  /** The form of training "x" with the two sessions above, after `flash` (null: a first visit). */
  const renderForm = (flash: Parameters<typeof RegistrationForm>[0]['flash']) =>
    render({ action: '/scholing/x/inschrijven', options, flash, retentionMonths: 12 })

  it('is a plain POST form with labelled fields, purpose and retention stated', () => {
    const html = renderForm(null)
    const form = html.match(/<form[^>]*>/)?.[0] ?? ''
    expect(form).toContain('method="post"')
    expect(form).toContain('action="/scholing/x/inschrijven"')
    expect(html).not.toMatch(/<script|onclick|onsubmit/i)
    for (const name of ['name', 'email', 'organisation', 'function']) {
      expect(html).toContain(`<label class="utrecht-form-label" for="inschrijven-${name}">`)
      expect(html).toMatch(new RegExp(`<input[^>]*id="inschrijven-${name}"[^>]*name="${name}"`))
    }
    expect(html).toMatch(/autocomplete="email"/i)
    expect(html).toContain('<legend')
    expect(html).toContain('nog 2 plaatsen')
    expect(html).toContain('vol (wachtlijst)')
    // The SKJ number is asked, but optional.
    expect(html).toMatch(/<input[^>]*id="inschrijven-skjNumber"[^>]*name="skjNumber"/)
    expect(html).not.toMatch(/<input[^>]*name="skjNumber"[^>]*required/)
    expect(html).toMatch(/12\s*maanden na afloop van de sessie wissen wij ze/)
    expect(html).toContain('name="consent" value="ja"')
  })

  it('shows errors as a summary with links and at each field, keeping what was typed', () => {
    const html = renderForm({
      id: 'abc',
      ok: false,
      message: 'Niet alle velden zijn goed ingevuld.',
      errors: [
        { field: 'email', message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' },
        { field: 'consent', message: 'Geef toestemming.' },
      ],
      values: { session: '8', name: 'Deelnemer <b>', email: 'geen-adres' },
    })
    expect(html).toContain('role="alert"')
    expect(html).toContain('href="#inschrijven-email"')
    expect(html).toContain('href="#inschrijven-consent"')
    expect(html).toMatch(/id="inschrijven-email"[^>]*aria-invalid="true"[^>]*aria-describedby="inschrijven-email-fout"/)
    expect(html).toContain('id="inschrijven-email-fout"')
    expect(html).toContain('value="geen-adres"')
    // Typed text is escaped, never markup.
    expect(html).toContain('value="Deelnemer &lt;b&gt;"')
    expect(html).toMatch(/id="inschrijven-session-8"[^>]*checked/)
  })

  it('after a registration shows what was booked, not the form and not the error style', () => {
    const html = renderForm({
      id: 'ok1',
      ok: true,
      status: 'waitlist',
      message: 'De sessie is vol.',
      errors: [],
      values: {},
      booking: {
        training: 'Signalen van onveiligheid',
        session: 'Middag',
        when: 'dinsdag 3 maart 2026 13:30 tot 16:30',
        where: 'Arnhem (voorbeeldlocatie)',
        status: 'waitlist',
        waitlistPosition: 3,
        contact: { name: 'Jeugdbescherming Gelderland', email: 'opleidingen@example.org' },
      },
    })
    expect(html).not.toContain('<form')
    expect(html).not.toContain('utrecht-alert')
    expect(html).toContain('U staat op de wachtlijst')
    expect(html).toContain('Signalen van onveiligheid')
    expect(html).toContain('Wachtlijst, plaats 3')
    expect(html).toContain('mailto:opleidingen@example.org')
  })

  it('says so when no session is open', () => {
    const html = render({ action: '/x', options: [], flash: null, retentionMonths: 12 })
    expect(html).not.toContain('<form')
    expect(html).toContain('geen sessie waarvoor u zich kunt inschrijven')
  })
})
