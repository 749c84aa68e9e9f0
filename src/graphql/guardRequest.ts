import { readBodyUpTo } from '../lib/readBody'
import { checkQuerySource } from './queryCost'
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
  options: { enabled?: () => boolean; limits?: GraphQLLimits } = {},
): Handler {
  const enabled = options.enabled ?? (() => graphQLEnabled())
  const limits = options.limits ?? GRAPHQL_LIMITS
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
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body: text }))
  }
}
