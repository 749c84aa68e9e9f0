/**
 * GraphQL is off unless an operator turns it on: the public site and the admin do not use it, and
 * an open GraphQL endpoint is the cheapest way to make the server work hard (issue 10: 50,000
 * repeated fields kept one process busy for 82 s). When on, every query is bounded by these limits.
 */
export type GraphQLLimits = {
  /** Largest request body read at all; larger bodies are refused before they are parsed. */
  maxBodyBytes: number
  /** Lexical tokens the parser reads before it gives up (a field name, a brace, a colon: one each). */
  maxTokens: number
  /** Field selections in the whole operation, fragments counted where they are spread. */
  maxFields: number
  /** Nesting of selections: `{ Pages { docs { title } } }` has depth 3. */
  maxDepth: number
  /** Payload's own estimate (relationships and joins cost more), graphQL.maxComplexity. */
  maxComplexity: number
}

export const GRAPHQL_LIMITS: GraphQLLimits = {
  // A hand-written integration query is a few hundred bytes; 32 KB leaves room for long filters.
  maxBodyBytes: 32 * 1024,
  maxTokens: 4_000,
  // Enough for a list page with its relations; the 8,000-field query of the probe is far beyond it.
  maxFields: 300,
  maxDepth: 10,
  maxComplexity: 500,
}

export function graphQLEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GRAPHQL_ENABLED === 'true'
}

export const GRAPHQL_MESSAGES = {
  disabled: 'GraphQL staat uit op dit portaal. Gebruik de REST-API onder /api.',
  tooLarge: `De GraphQL-aanvraag is te groot (maximaal ${GRAPHQL_LIMITS.maxBodyBytes / 1024} kB).`,
  notJson: 'Stuur de GraphQL-aanvraag als JSON (Content-Type: application/json) met een veld "query".',
  tooManyFields: `De GraphQL-query vraagt te veel velden op (maximaal ${GRAPHQL_LIMITS.maxFields}).`,
  tooDeep: `De GraphQL-query is te diep genest (maximaal ${GRAPHQL_LIMITS.maxDepth} niveaus).`,
  tooManyTokens: 'De GraphQL-query is te lang.',
  syntax: 'De GraphQL-query is ongeldig.',
} as const
