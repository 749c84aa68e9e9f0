import { type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'

/** Long beats complex: twelve characters is the floor for an account that can publish. */
export const MIN_PASSWORD_LENGTH = 12

export const PASSWORD_TOO_SHORT = `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`

function check(collection: string, password: unknown, req: PayloadRequest): void {
  if (typeof password !== 'string') return
  if (password.length >= MIN_PASSWORD_LENGTH) return
  const error = new ValidationError({ collection, errors: [{ path: 'password', message: PASSWORD_TOO_SHORT }], req }, req.t)
  // The generic "this field is invalid" says nothing about what to do; the toast should.
  error.message = PASSWORD_TOO_SHORT
  throw error
}

/** Creating an account (also the first one) and changing a password in the account form. */
export const passwordOnChange: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  check(collection.slug, data?.password, req)
  return data
}

/** Resetting a forgotten password does not pass the collection's change hooks. */
export const passwordOnReset: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'resetPassword') check(collection.slug, (args as { data?: { password?: unknown } }).data?.password, req)
  return args
}
