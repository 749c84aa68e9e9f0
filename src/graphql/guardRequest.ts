import { clientAddress } from '../auth/clientAddress'
import { sharedLoginThrottle } from '../auth/guardLogin'
import type { LoginThrottle } from '../auth/loginThrottle'
import { AUTH_MESSAGES } from '../auth/messages'
import { readBodyUpTo } from '../lib/readBody'
import { checkQuerySource, isLoginMutation } from './queryCost'
import { GRAPHQL_LIMITS, GRAPHQL_MESSAGES, graphQLEnabled, type GraphQLLimits } from './settings'

type Handler = (request: Request) => Promise<Response>

const NO_STORE = { 'Cache-Control': 'no-store' }

/** Payload's GraphQL answers errors in this shape; a client sees the same for ours. */
function refusal(status: number, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status, headers: NO_STORE })
}

export function graphQLDisabledResponse(): Response {
  return refusal(404, GRAPHQL_MESSAGES.disabled)
}

/**
 * Wraps Payload's GraphQL POST handler. Off: a Dutch 404 without touching Payload. On: the body is
 * read up to a limit, must be JSON with a query, and the query is parsed and measured before
 * Payload's handler (and graphql-js's validation, quadratic in repeated fields) sees it.
 */
export function guardGraphQL(
  handler: Handler,
  options: { enabled?: () => boolean; limits?: GraphQLLimits; throttle?: LoginThrottle } = {},
): Handler {
  const enabled = options.enabled ?? (() => graphQLEnabled())
  const limits = options.limits ?? GRAPHQL_LIMITS
  const throttle = options.throttle ?? sharedLoginThrottle()
  return async (request) => {
    if (!enabled()) return graphQLDisabledResponse()
    const type = (request.headers.get('content-type') ?? '').trim()
    if (!/^application\/(.+\+)?json\b/i.test(type)) return refusal(415, GRAPHQL_MESSAGES.notJson)
    const text = await readBodyUpTo(request, limits.maxBodyBytes)
    if (text === null) return refusal(413, GRAPHQL_MESSAGES.tooLarge)
    let query: unknown
    try {
      query = (JSON.parse(text) as { query?: unknown } | null)?.query
    } catch {
      return refusal(400, GRAPHQL_MESSAGES.notJson)
    }
    if (typeof query !== 'string') return refusal(400, GRAPHQL_MESSAGES.notJson)
    const problem = checkQuerySource(query, limits)
    if (problem) return refusal(400, problem)
    // The body is read; Payload gets the same bytes in a fresh request.
    const forward = () => handler(new Request(request.url, { method: request.method, headers: request.headers, body: text }))
    if (!isLoginMutation(query, limits)) return forward()
    return throttledLogin(throttle, clientAddress(request.headers), forward)
  }
}

/**
 * `mutation { loginUser(…) }` guesses passwords as well as the REST login does: it counts against
 * the same per-address and overall throttle (src/auth/loginThrottle.ts) and waits the same way.
 * GraphQL answers a failed login with status 200 and an `errors` list, so that is what counts.
 */
async function throttledLogin(throttle: LoginThrottle, address: string, forward: () => Promise<Response>): Promise<Response> {
  const wait = await throttle.waitSeconds(address)
  if (wait > 0) {
    return Response.json(
      { errors: [{ message: AUTH_MESSAGES.tooManyAttempts(wait), extensions: { statusCode: 429 } }] },
      { status: 429, headers: { ...NO_STORE, 'Retry-After': String(wait) } },
    )
  }
  const response = await forward()
  if (response.status >= 500) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: unknown[]; data?: Record<string, unknown> | null } | null
  const loggedIn = response.ok && !body?.errors?.length && Object.values(body?.data ?? {}).some((value) => value !== null)
  if (loggedIn) await throttle.succeeded(address)
  else await throttle.failed(address)
  return response
}
