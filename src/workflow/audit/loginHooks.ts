import type { AfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { recordAudit } from './record'

/**
 * Payload has a hook for a successful login but none for a failed one: a refused login is an error
 * that the REST and GraphQL handlers pass to the afterError hooks. The login operation marks the
 * request first, so afterError knows that the error it sees ended a login. A Local API login is
 * server code, not a visitor, and is not recorded when it fails.
 */
const LOGIN_ATTEMPT = 'auditLoginAttempt'

type Attempt = { email: string | null }

export const rememberLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    req.context[LOGIN_ATTEMPT] = { email: typeof email === 'string' ? email.toLowerCase().trim() : null } satisfies Attempt
  }
  return args
}

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  req.context[LOGIN_ATTEMPT] = undefined
  await recordAudit(req.payload, { action: 'login', actor: { id: user.id, email: user.email }, target: 'users', documentId: user.id }, req)
  return user
}

/**
 * Why the login was refused. Class names do not survive a production build's minifier, so the
 * message (in the request's language, as Payload made it) decides, with the name as a fallback.
 */
function reasonOf(error: Error, req: PayloadRequest): string {
  const original = (error as Error & { originalError?: Error }).originalError ?? error
  const t = req.t
  const said = (key: Parameters<typeof t>[0]) => typeof t === 'function' && original.message === t(key)
  if (original.name === 'LockedAuth' || said('error:userLocked')) return 'account tijdelijk geblokkeerd na te veel mislukte pogingen'
  if (original.name === 'AuthenticationError' || said('error:emailOrPasswordIncorrect') || said('error:usernameOrPasswordIncorrect')) {
    return 'e-mailadres of wachtwoord onjuist'
  }
  if (original.name === 'ValidationError' || (original as { status?: number }).status === 400) return 'onvolledige inloggegevens'
  return 'geweigerd'
}

export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  const attempt = req?.context?.[LOGIN_ATTEMPT] as Attempt | undefined
  if (!attempt) return
  req.context[LOGIN_ATTEMPT] = undefined
  try {
    // The account that was tried, if there is one; a mistyped address is not written down.
    const account = attempt.email
      ? await req.payload.db.findOne<{ id: number; email: string }>({ collection: 'users', where: { email: { equals: attempt.email } } })
      : null
    await recordAudit(req.payload, {
      action: 'login-failed',
      actor: account ? { id: account.id, email: account.email } : null,
      target: 'users',
      documentId: account?.id ?? null,
      detail: account ? reasonOf(error, req) : `${reasonOf(error, req)}; geen account met dit adres`,
    })
  } catch (auditError) {
    req.payload.logger.error({ err: auditError }, 'audit: recording a failed login failed')
  }
}
