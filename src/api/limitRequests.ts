import { refuseWhenLimited, type RequestLimitName } from '../lib/rateLimit'

/** A route handler; the context is whatever its route passes (Payload's catch-all: the slug). */
type Handler<C> = (request: Request, context: C) => Promise<Response>

/** The API calls a visitor can make that cost mail, storage or CPU, and the limit each counts against. */
const LIMITED: { method: string; path: string; limit: RequestLimitName }[] = [
  { method: 'POST', path: '/api/users/forgot-password', limit: 'passwordReset' },
  { method: 'GET', path: '/api/search', limit: 'search' },
  { method: 'POST', path: '/api/registrations', limit: 'registrations' },
  { method: 'POST', path: '/api/alerts/subscribe', limit: 'subscriptions' },
  { method: 'POST', path: '/api/alerts/manage-link', limit: 'subscriptions' },
]

/**
 * Rate limits per address on Payload's REST routes (the form posts of the site call
 * `refuseWhenLimited` themselves): 429 with Retry-After and a Dutch message when passed.
 * Logins have their own throttle (src/auth/guardLogin.ts) and Payload's per-account lockout.
 */
export function limitRequests<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '')
    const rule = LIMITED.find((entry) => entry.method === request.method && entry.path === path)
    if (rule) {
      const refused = await refuseWhenLimited(rule.limit, request)
      if (refused) return refused
    }
    return handler(request, context)
  }
}
