import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/** What Payload 3.90 hashes a password with (generatePasswordSaltHash: pbkdf2-sha256-v1). */
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/** The work of checking a password against a stored hash, done for nothing. */
export function hashForNothing(password: string): Promise<void> {
  return new Promise((resolve) =>
    crypto.pbkdf2(password, DUMMY_SALT, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve()),
  )
}

/**
 * Payload's login refuses an unknown address (and a locked account) before it hashes the password,
 * so those answers came back ten times faster than a wrong password for a real account, which
 * told anyone which addresses have an account. Here those cases do the same hashing first; the
 * route (src/auth/guardLogin.ts) then gives every refusal the same minimum time and message.
 */
export const equalizeLoginWork: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (!user || locked) await hashForNothing(password)
  return args
}
