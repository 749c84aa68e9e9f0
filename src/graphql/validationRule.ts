import { GraphQLError, type ValidationRule } from 'graphql'

import { costProblem, measureDocument } from './queryCost'
import { GRAPHQL_LIMITS, type GraphQLLimits } from './settings'

/**
 * The same field and depth limits as a GraphQL validation rule (graphQL.validationRules), for
 * every way a document reaches Payload's GraphQL schema, not only the guarded HTTP route. It
 * measures the whole document once when validation enters it, before any field is visited.
 */
export function queryLimitRule(limits: GraphQLLimits = GRAPHQL_LIMITS): ValidationRule {
  return (context) => ({
    Document(node) {
      const problem = costProblem(measureDocument(node), limits)
      if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }))
      // Nothing below needs this rule any more.
      return false
    },
  })
}
