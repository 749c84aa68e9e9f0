import { describe, expect, it } from 'vitest'

import { LIMITS, normaliseEmail, parseRegistrationInput, registrationSchema } from '../../../src/registrations/input'
import { MESSAGES } from '../../../src/registrations/messages'

const F = MESSAGES.field

const valid = {
  session: 12,
  name: 'Deelnemer Een',
  email: 'deelnemer@example.org',
  organisation: 'Voorbeeldorganisatie',
  function: 'Jeugdbeschermer',
  consent: true,
}

/** The refusal as the form and the API show it: code, message and one entry per field. */
function refusal(raw: unknown): { code?: string; message: string; errors: { field: string; message: string }[] } {
  try {
    parseRegistrationInput(raw)
  } catch (error) {
    const e = error as { code?: string; message: string; errors?: { field: string; message: string }[] }
    return { code: e.code, message: e.message, errors: e.errors ?? [] }
  }
  expect.fail(`accepted ${JSON.stringify(raw)}`)
}

const fieldErrors = (raw: unknown) => Object.fromEntries(refusal(raw).errors.map((e) => [e.field, e.message]))

describe('registration input', () => {
  it('accepts a complete registration, tidying white space', () => {
    expect(parseRegistrationInput({ ...valid, name: '  Deelnemer \n  Een ', session: ' 12 ' })).toEqual({
      session: '12',
      name: 'Deelnemer Een',
      email: 'deelnemer@example.org',
      organisation: 'Voorbeeldorganisatie',
      function: 'Jeugdbeschermer',
      skjNumber: null,
    })
    expect(parseRegistrationInput({ ...valid, session: '64b7f0c2a1b2c3d4e5f60718' }).session).toBe('64b7f0c2a1b2c3d4e5f60718')
  })

  it('refuses what is not an object as malformed', () => {
    for (const raw of [null, 'tekst', 42, [valid], undefined]) {
      expect(refusal(raw)).toEqual({ code: 'malformed', message: MESSAGES.malformed, errors: [] })
    }
  })

  it('names every missing field at once', () => {
    const result = refusal({})
    expect(result.code).toBe('invalid-input')
    expect(result.message).toBe(MESSAGES.invalidInput)
    expect(fieldErrors({})).toEqual({
      session: F.session,
      name: F.nameMissing,
      email: F.emailMissing,
      organisation: F.organisationMissing,
      function: F.functionMissing,
      consent: F.consent,
    })
    expect(fieldErrors({ ...valid, name: '   ', organisation: '' })).toEqual({ name: F.nameMissing, organisation: F.organisationMissing })
  })

  it('refuses a session id that is not a positive whole number or object id', () => {
    for (const session of [0, -1, 1.5, '0', '01', 'abc', '12; drop', 2 ** 60, {}, true, '9'.repeat(17)]) {
      expect(fieldErrors({ ...valid, session }), JSON.stringify(session)).toEqual({ session: F.session })
    }
  })

  it('refuses values that are not text', () => {
    expect(fieldErrors({ ...valid, name: 5, email: ['a@example.org'], organisation: {}, function: true })).toEqual({
      name: F.notText,
      email: F.notText,
      organisation: F.notText,
      function: F.notText,
    })
  })

  it('refuses control characters in a name (they would end up in a mail header)', () => {
    expect(fieldErrors({ ...valid, name: 'Deelnemer\u0000Een' })).toEqual({ name: F.notText })
    expect(fieldErrors({ ...valid, organisation: 'Org\u0007anisatie' })).toEqual({ organisation: F.notText })
  })

  it('holds each field to its length', () => {
    expect(fieldErrors({ ...valid, name: 'a'.repeat(LIMITS.name + 1) })).toEqual({ name: F.nameTooLong })
    expect(parseRegistrationInput({ ...valid, name: 'a'.repeat(LIMITS.name) }).name).toHaveLength(LIMITS.name)
    expect(fieldErrors({ ...valid, organisation: 'o'.repeat(LIMITS.organisation + 1) })).toEqual({ organisation: F.organisationTooLong })
    expect(fieldErrors({ ...valid, function: 'f'.repeat(LIMITS.function + 1) })).toEqual({ function: F.functionTooLong })
    expect(fieldErrors({ ...valid, email: `${'a'.repeat(60)}@${'b'.repeat(200)}.org` })).toEqual({ email: F.emailTooLong })
  })

  it('refuses an address the e-mail check refuses', () => {
    for (const email of ['naam@organisatie', 'naam', 'a..b@example.org', 'voor naam@example.org', 'naam@@example.org']) {
      expect(fieldErrors({ ...valid, email }), email).toEqual({ email: F.emailInvalid })
    }
  })

  it('asks for consent as the boolean true, nothing else', () => {
    for (const consent of [false, 'true', 'on', 1, undefined]) {
      expect(fieldErrors({ ...valid, consent }), String(consent)).toEqual({ consent: F.consent })
    }
  })

  it('normalises an address for comparison', () => {
    expect(normaliseEmail('  Naam@Example.ORG ')).toBe('naam@example.org')
  })

  it('reports one problem per field, the first, in the order of the form', () => {
    const { errors } = refusal({ session: 'x', name: `${'a'.repeat(LIMITS.name)}\u0000`, email: 'geen-adres', consent: false, skjNumber: '12' })
    expect(errors.map((e) => e.field)).toEqual(['session', 'name', 'email', 'organisation', 'function', 'skjNumber', 'consent'])
    expect(Object.fromEntries(errors.map((e) => [e.field, e.message]))).toMatchObject({ name: F.nameTooLong, email: F.emailInvalid, skjNumber: F.skjInvalid })
  })

  it('takes an SKJ number as people type it and stores the digits', () => {
    expect(parseRegistrationInput({ ...valid, skjNumber: '123.456-789' }).skjNumber).toBe('123456789')
    expect(parseRegistrationInput({ ...valid, skjNumber: '  ' }).skjNumber).toBeNull()
    expect(fieldErrors({ ...valid, skjNumber: 123456789 })).toEqual({ skjNumber: F.skjInvalid })
  })

  it('is a zod schema that drops fields it does not know', () => {
    const parsed = registrationSchema.parse({ ...valid, role: 'admin', status: 'confirmed' })
    expect(parsed).not.toHaveProperty('role')
    expect(parsed).not.toHaveProperty('status')
    expect(registrationSchema.safeParse({ ...valid, consent: 'true' }).success).toBe(false)
  })
})
