import { describe, expect, it, vi } from 'vitest'

import { isValidEmail, loggableError, withoutAddresses } from '../../../src/lib/email'
import { RegistrationError } from '../../../src/registrations/errors'
import { errorResponse } from '../../../src/registrations/http'
import { parseRegistrationInput } from '../../../src/registrations/input'
import { MESSAGES } from '../../../src/registrations/messages'
import { register } from '../../../src/registrations/register'
import { testDatabases } from '../../helpers/databases'
import { createSession, registrant } from '../../helpers/registrationFixtures'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

/** Addresses the old form pattern let through and Payload's e-mail check refuses, and good ones. */
const REFUSED = [
  'a..b@example.org',
  'ü@example.org',
  'a@b_c.org',
  '.a@example.org',
  'a.@example.org',
  'a@-x.org',
  'a@example.o',
  `${'a'.repeat(65)}@example.org`,
]
const ACCEPTED = [
  'deelnemer@example.org',
  "o'brien@example.org",
  'voor.naam+scholing@sub.example.org',
  'A.B@Example.ORG',
]

describe('one e-mail check', () => {
  it.each(REFUSED)('refuses %j', (address) => expect(isValidEmail(address)).toBe(false))
  it.each(ACCEPTED)('accepts %j', (address) => expect(isValidEmail(address)).toBe(true))

  it('is what the registration input uses', () => {
    for (const email of REFUSED) {
      const error = (() => {
        try {
          parseRegistrationInput(registrant('1', 1, { email }))
        } catch (e) {
          return e as RegistrationError
        }
      })()
      expect(error?.errors, email).toContainEqual({ field: 'email', message: MESSAGES.field.emailInvalid })
    }
    for (const email of ACCEPTED) expect(parseRegistrationInput(registrant('1', 1, { email })).email).toBe(email)
  })

  it('log lines lose their addresses', () => {
    expect(withoutAddresses('550 5.1.1 <deelnemer@example.org>: Recipient address rejected')).toBe(
      '550 5.1.1 <[e-mailadres]>: Recipient address rejected',
    )
    const error = Object.assign(new Error('Can not send to a..b@example.org'), {
      code: 'EENVELOPE',
      data: { email: 'a..b@example.org' },
    })
    expect(JSON.stringify(loggableError(error))).not.toContain('example.org')
  })
})

describe('registration e-mail on save', () => {
  const portal = usePayload(sqlite)

  it('the collection field agrees with the form: what the form accepted saves again, what it refused is refused', async () => {
    const { session } = await createSession(portal.payload, { capacity: 20 })
    for (const [i, email] of ACCEPTED.entries()) {
      const { registrationId } = await register(portal.payload, registrant(session.id, i, { email }))
      // A later save of the whole record (an admin marking attendance, the retention job) validates the field again.
      const saved = await portal.payload.update({
        collection: 'registrations',
        id: registrationId,
        data: { organisation: 'Andere organisatie' } as never,
        overrideAccess: true,
      })
      expect(saved.organisation).toBe('Andere organisatie')
    }
    for (const email of REFUSED) {
      const refused = await register(portal.payload, registrant(session.id, 99, { email })).catch((error: unknown) => error)
      expect(refused).toMatchObject({ code: 'invalid-input', httpStatus: 400 })
    }
    const { docs } = await portal.payload.find({
      collection: 'registrations',
      where: { session: { equals: session.id } },
      overrideAccess: true,
      limit: 0,
      pagination: false,
    })
    const existing = docs[0]
    const write = portal.payload.update({
      collection: 'registrations',
      id: existing.id,
      data: { email: 'a..b@example.org' } as never,
      overrideAccess: true,
    })
    await expect(write).rejects.toMatchObject({ status: 400 })
  })

  it('an unexpected error is logged without the address', async () => {
    const spy = vi.spyOn(portal.payload.logger, 'error').mockImplementation(() => undefined as never)
    try {
      const response = errorResponse(
        portal.payload,
        Object.assign(new Error('insert failed for deelnemer@example.org'), {
          data: { value: 'deelnemer@example.org' },
        }),
      )
      expect(response.status).toBe(500)
      expect(spy).toHaveBeenCalled()
      expect(JSON.stringify(spy.mock.calls)).not.toContain('example.org')
    } finally {
      spy.mockRestore()
    }
    expect(new RegistrationError('invalid-input', 'x').httpStatus).toBe(400)
  })
})
