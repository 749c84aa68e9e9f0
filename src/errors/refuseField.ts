import { type PayloadRequest, ValidationError } from 'payload'

/**
 * Refuses a save from a hook with a Dutch message on one field: Payload answers 400 and the admin
 * shows the message at the field. The message is also the error's own, so API clients read it.
 */
export function refuseField(collection: string, req: PayloadRequest, path: string, message: string): never {
  const error = new ValidationError({ collection, errors: [{ path, message }], req }, req.t)
  error.message = message
  throw error
}
