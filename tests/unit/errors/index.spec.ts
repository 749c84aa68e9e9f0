import { describe, expect, it } from 'vitest'

import { asPortalError, ERROR_STATUS, isPortalError, payloadFieldErrors, portalError } from '../../../src/errors'
import { AlertError } from '../../../src/alerts/errors'
import { RegistrationError } from '../../../src/registrations/errors'
import { WorkflowError } from '../../../src/workflow/errors'

describe('portal errors', () => {
  it('carry code, status from the one table, Dutch message and field errors', () => {
    const error = portalError('duplicate', 'U staat al ingeschreven voor deze sessie', [{ field: 'email', message: 'Al ingeschreven' }])
    expect(error.httpStatus).toBe(409)
    expect(error.toJSON()).toEqual({ code: 'duplicate', message: 'U staat al ingeschreven voor deze sessie', errors: [{ field: 'email', message: 'Al ingeschreven' }] })
  })

  it('are recognised by their brand, also from another copy of a class, never by class or name', () => {
    for (const error of [
      new RegistrationError('waitlist-full', 'De wachtlijst is vol.'),
      new AlertError('bad-token', 'Deze link is niet (meer) geldig.'),
      new WorkflowError('U bent de laatste auteur.'),
    ]) {
      expect(isPortalError(error)).toBe(true)
      expect(error.httpStatus).toBe(ERROR_STATUS[error.code])
    }
    // A minified second bundle: another prototype, a mangled name, the same brand and shape.
    const copy = Object.assign(new Error('U staat al ingeschreven voor deze sessie'), { isPortalError: true, code: 'duplicate', httpStatus: 409, errors: [], name: 'e' })
    expect(isPortalError(copy)).toBe(true)
  })

  it('are not mistaken for other errors', () => {
    expect(isPortalError(new Error('boom'))).toBe(false)
    expect(isPortalError(Object.assign(new Error('x'), { code: 'duplicate', httpStatus: 409 }))).toBe(false)
    expect(isPortalError(Object.assign(new Error('x'), { isPortalError: true, code: 'duplicate', httpStatus: 500 }))).toBe(false)
    expect(isPortalError(Object.assign(new Error('x'), { isPortalError: true, code: 'toString', httpStatus: undefined }))).toBe(false)
    expect(isPortalError(null)).toBe(false)
  })

  it("maps Payload's ValidationError by its shape to a 400 with the field errors", () => {
    // What Payload's ValidationError looks like after minification: the name is gone, the shape stays.
    const validation = Object.assign(new Error('U kunt alleen opslaan voor uw eigen regio.'), {
      name: 'x',
      status: 400,
      data: { collection: 'pilots', errors: [{ path: 'region', message: 'U kunt alleen opslaan voor uw eigen regio.' }] },
    })
    expect(payloadFieldErrors(validation)).toEqual([{ field: 'region', message: 'U kunt alleen opslaan voor uw eigen regio.' }])
    const mapped = asPortalError(validation)
    expect(mapped?.httpStatus).toBe(400)
    expect(mapped?.errors[0]?.field).toBe('region')
    expect(asPortalError(Object.assign(new Error('db down'), { status: 500, data: { errors: [] } }))).toBeNull()
    expect(asPortalError(new Error('boom'))).toBeNull()
  })
})
