import { describe, expect, it } from 'vitest'

import { isRegistrationError, RegistrationError } from '../../../src/registrations/errors'

describe('isRegistrationError', () => {
  it('recognises an error by its code and status, also one made by another copy of the module', () => {
    expect(isRegistrationError(new RegistrationError('duplicate', 'U staat al ingeschreven voor deze sessie'))).toBe(true)
    // What a second bundle's class produces: the same shape, another prototype.
    const copy = Object.assign(new Error('U staat al ingeschreven voor deze sessie'), { code: 'duplicate', httpStatus: 409, errors: [] })
    expect(isRegistrationError(copy)).toBe(true)
  })

  it('does not mistake other errors for one', () => {
    expect(isRegistrationError(new Error('boom'))).toBe(false)
    expect(isRegistrationError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY', httpStatus: 503 }))).toBe(false)
    expect(isRegistrationError(Object.assign(new Error('x'), { code: 'duplicate', httpStatus: 500 }))).toBe(false)
    expect(isRegistrationError({ code: 'toString', httpStatus: undefined })).toBe(false)
    expect(isRegistrationError(null)).toBe(false)
    expect(isRegistrationError('duplicate')).toBe(false)
  })
})
