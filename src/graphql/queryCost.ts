import { type DocumentNode, type FragmentDefinitionNode, Kind, parse, type SelectionSetNode } from 'graphql'

import { GRAPHQL_LIMITS, GRAPHQL_MESSAGES, type GraphQLLimits } from './settings'

export type QueryCost = { fields: number; depth: number }

/**
 * Counts the field selections and the nesting of a parsed document in one linear pass, with every
 * fragment counted where it is spread (a fragment spread ten times costs ten times). Each fragment
 * is measured once and remembered, so nested spreads cannot make the counting itself expensive;
 * a fragment that spreads itself (invalid anyway) counts as infinitely large.
 */
export function measureDocument(document: DocumentNode): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const measured = new Map<string, QueryCost>()
  const inProgress = new Set<string>()

  const measureFragment = (name: string): QueryCost => {
    const known = measured.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    if (!fragment) return { fields: 0, depth: 0 }
    if (inProgress.has(name)) return { fields: Infinity, depth: Infinity }
    inProgress.add(name)
    const cost = measureSelections(fragment.selectionSet)
    inProgress.delete(name)
    measured.set(name, cost)
    return cost
  }

  const measureSelections = (selectionSet: SelectionSetNode): QueryCost => {
    let fields = 0
    let depth = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? measureSelections(selection.selectionSet) : { fields: 0, depth: 0 }
        fields += 1 + inner.fields
        depth = Math.max(depth, 1 + inner.depth)
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? measureSelections(selection.selectionSet)
            : measureFragment(selection.name.value)
        fields += inner.fields
        depth = Math.max(depth, inner.depth)
      }
    }
    return { fields, depth }
  }

  let fields = 0
  let depth = 0
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const cost = measureSelections(definition.selectionSet)
    // Only one operation runs per request, but all of them are validated: count them all.
    fields += cost.fields
    depth = Math.max(depth, cost.depth)
  }
  return { fields, depth }
}

/** The Dutch reason a measured document is too costly, or null when it is within the limits. */
export function costProblem(cost: QueryCost, limits: GraphQLLimits = GRAPHQL_LIMITS): string | null {
  if (cost.fields > limits.maxFields) return GRAPHQL_MESSAGES.tooManyFields
  if (cost.depth > limits.maxDepth) return GRAPHQL_MESSAGES.tooDeep
  return null
}

/**
 * Parses a query with a token limit and measures it, before graphql-js validates it: validation
 * (OverlappingFieldsCanBeMerged) compares repeated fields pair by pair, which is what made large
 * queries cost quadratic time. Returns the Dutch reason to refuse it, or null.
 */
export function checkQuerySource(source: string, limits: GraphQLLimits = GRAPHQL_LIMITS): string | null {
  let document: DocumentNode
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true })
  } catch (error) {
    if (/token limit/i.test(String((error as Error).message))) return GRAPHQL_MESSAGES.tooManyTokens
    return GRAPHQL_MESSAGES.syntax
  }
  return costProblem(measureDocument(document), limits)
}

/**
 * True when a query runs a login mutation (`loginUser`, also through an alias or a fragment
 * spread on Mutation), which must count against the same throttle as the REST login. Only the
 * operation's top level is looked at: that is where a mutation's fields are. A query that does not
 * parse is not a login (it is refused anyway).
 */
export function isLoginMutation(source: string, limits: GraphQLLimits = GRAPHQL_LIMITS): boolean {
  let document: DocumentNode
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true })
  } catch {
    return false
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const seen = new Set<string>()
  const hasLogin = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return /^login/i.test(selection.name.value)
      if (selection.kind === Kind.INLINE_FRAGMENT) return hasLogin(selection.selectionSet)
      const name = selection.name.value
      if (seen.has(name)) return false
      seen.add(name)
      const fragment = fragments.get(name)
      return fragment ? hasLogin(fragment.selectionSet) : false
    })
  return document.definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation' && hasLogin(definition.selectionSet),
  )
}
