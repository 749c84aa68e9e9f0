import { describe, expect, it } from 'vitest'

import { EMAIL_MAX_LENGTH, isValidEmail, loggableError, withoutAddresses } from '../../../src/lib/email'

/** The one e-mail check (form, API and the collection field): what it refuses and lets through. */
const REFUSED = [
  '',
  'naam',
  'naam@',
  '@example.org',
  'naam@organisatie',
  'naam@organisatie.',
  'naam@.org',
  'naam@organisatie.n',
  'naam@organisatie.123',
  'naam@@example.org',
  'na@am@example.org',
  'voor naam@example.org',
  'naam@exam ple.org',
  ' naam@example.org',
  'naam@example.org ',
  'naam@example.org\n',
  '<naam@example.org>',
  '"naam"@example.org',
  'naam,twee@example.org',
  'naam;twee@example.org',
  'naam(x)@example.org',
  'a..b@example.org',
  '.a@example.org',
  'a.@example.org',
  'a@-example.org',
  'a@example-.org',
  'a@exa_mple.org',
  'a@example..org',
  'ü@example.org',
  'naam@exämple.org',
  `${'a'.repeat(65)}@example.org`,
  `naam@${'a'.repeat(250)}.org`,
]

const ACCEPTED = [
  'deelnemer@example.org',
  'a@b.nl',
  "o'brien@example.org",
  'voor.naam+scholing@sub.example.org',
  'A.B@Example.ORG',
  'naam_1-2@jeugd-bescherming.example.nl',
  `${'a'.repeat(64)}@example.org`,
]

describe('e-mail check', () => {
  it.each(REFUSED)('refuses %j', (address) => expect(isValidEmail(address)).toBe(false))
  it.each(ACCEPTED)('accepts %j', (address) => expect(isValidEmail(address)).toBe(true))

  it('refuses anything longer than RFC 5321 allows, even when well formed', () => {
    const long = `naam@${'sub.'.repeat(70)}example.org`
    expect(long.length).toBeGreaterThan(EMAIL_MAX_LENGTH)
    expect(isValidEmail(long)).toBe(false)
    const fits = `naam@${'sub.'.repeat(58)}example.org`
    expect(fits.length).toBeLessThanOrEqual(EMAIL_MAX_LENGTH)
    expect(isValidEmail(fits)).toBe(true)
  })
})

describe('addresses out of log lines', () => {
  it('replaces every address in a text', () => {
    expect(withoutAddresses('aan a@example.org en <b.c@example.nl>, klaar')).toBe('aan [e-mailadres] en <[e-mailadres]>, klaar')
    expect(withoutAddresses('geen adres hier')).toBe('geen adres hier')
  })

  it('keeps kind, code and status of an error but not its data or addresses', () => {
    const error = Object.assign(new Error('Kan niet sturen naar x@example.org'), { code: 'EENVELOPE', status: 550, data: { email: 'x@example.org' } })
    expect(loggableError(error)).toEqual({ name: 'Error', message: 'Kan niet sturen naar [e-mailadres]', code: 'EENVELOPE', status: 550 })
    expect(loggableError('iets met y@example.org')).toEqual({ name: 'Error', message: 'iets met [e-mailadres]' })
    expect(loggableError(null)).toEqual({ name: 'Error', message: 'null' })
  })
})
