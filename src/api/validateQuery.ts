import type { CollectionBeforeOperationHook, FlattenedField, Plugin } from 'payload'

import { clientError, QUERY_MESSAGES } from './queryErrors'
import { appendCollectionHooks, mapCollections } from '../plugins/kit'

/** Every operator Payload's where knows (payload/dist/types/constants: validOperators). */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'all',
  'within',
  'intersects',
  'near',
])
/** Geometry operators: only a point field can answer them; on anything else the database fails. */
const GEO = new Set(['near', 'within', 'intersects'])
/** Operators whose value is compared as a date on a date field. */
const DATE_COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const MAX_DEPTH = 12

type Field = FlattenedField & { flattenedFields?: FlattenedField[] }

const isDate = (value: unknown) =>
  value === null ||
  value instanceof Date ||
  (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value))) ||
  typeof value === 'number'

/** The field a dotted path names, as far as it stays inside this collection; null past a relation or when unknown. */
function resolve(fields: FlattenedField[], path: string): Field | null {
  let current: FlattenedField[] | undefined = fields
  let found: Field | null = null
  for (const part of path.split('.')) {
    if (!current) return null
    found = (current.find((field) => 'name' in field && field.name === part) as Field | undefined) ?? null
    if (!found) return null
    current =
      found.type === 'group' || found.type === 'array' || found.type === 'tab' ? found.flattenedFields : undefined
  }
  return found
}

/**
 * Refuses a where that the database would choke on: a date compared with something that is no
 * date, a geometry operator on a field that is no point, an operator that does not exist. Paths
 * Payload does not know are left to Payload (it already answers 400 for those).
 */
export function checkWhere(where: unknown, fields: FlattenedField[], depth = 0): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where) || depth > MAX_DEPTH)
    throw clientError(400, QUERY_MESSAGES.shape)
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) throw clientError(400, QUERY_MESSAGES.shape)
      for (const inner of condition) checkWhere(inner, fields, depth + 1)
      continue
    }
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
      throw clientError(400, QUERY_MESSAGES.shape)
    const field = key === 'id' ? ({ name: 'id', type: 'text' } as Field) : resolve(fields, key)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!OPERATORS.has(operator)) throw clientError(400, QUERY_MESSAGES.unknownOperator(operator))
      if (GEO.has(operator) && field?.type !== 'point') throw clientError(400, QUERY_MESSAGES.operator(key, operator))
      // The SQL adapters know no `all` (drizzle's operator map leaves it out) except on hasMany fields.
      if (operator === 'all' && field && !(field as { hasMany?: boolean }).hasMany)
        throw clientError(400, QUERY_MESSAGES.operator(key, operator))
      // like/contains on a date column made an SQL statement without a value (syntax error).
      if (field?.type === 'date' && !DATE_COMPARISONS.has(operator) && operator !== 'exists')
        throw clientError(400, QUERY_MESSAGES.operator(key, operator))
      // A select stores one of its options; PostgreSQL's enum refuses anything else with an error.
      if ((field?.type === 'select' || field?.type === 'radio') && ['equals', 'not_equals', 'in', 'not_in'].includes(operator)) {
        const allowed = new Set(
          ((field as { options?: (string | { value: string })[] }).options ?? []).map((option) =>
            typeof option === 'string' ? option : option.value,
          ),
        )
        const values = Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]
        if (allowed.size && !values.every((item) => item === null || item === '' || allowed.has(String(item))))
          throw clientError(400, QUERY_MESSAGES.option(key))
      }
      if (field?.type === 'date' && DATE_COMPARISONS.has(operator)) {
        const values = Array.isArray(value)
          ? value
          : typeof value === 'string' && (operator === 'in' || operator === 'not_in')
            ? value.split(',')
            : [value]
        if (!values.every(isDate)) throw clientError(400, QUERY_MESSAGES.date(key))
      }
    }
  }
}

/** Built-in date fields are in flattenedFields too; createdAt/updatedAt included. */
export const validateQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where, id } = args as { where?: unknown; id?: unknown }
  if (where !== undefined) checkWhere(where, collection.flattenedFields)
  // SQL databases number their rows: an id that is no number cannot exist (and made the driver fail).
  if (
    id !== undefined &&
    id !== null &&
    req.payload.db.defaultIDType === 'number' &&
    !/^[1-9][0-9]{0,15}$/.test(String(id))
  ) {
    throw clientError(404, QUERY_MESSAGES.notFound)
  }
  return args
}

/**
 * What one REST or GraphQL request may ask for. The site itself reads through the Local API with
 * its own depth; API clients get shallow documents unless they ask (`?depth=2`), never deeper than
 * MAX_API_DEPTH, and lists in pages of at most MAX_API_LIMIT (no `pagination=false`, no `limit=0`).
 */
export const DEFAULT_API_DEPTH = 1
export const MAX_API_DEPTH = 3
export const MAX_API_LIMIT = 100

const READS = new Set(['read', 'readDistinct'])

export function capApiRequest(
  args: { depth?: unknown; limit?: unknown; pagination?: unknown },
  operation: string,
  api: string | undefined,
  askedDepth: unknown,
): void {
  if (api !== 'REST' && api !== 'GraphQL') return
  if (askedDepth === undefined && api === 'REST') args.depth = DEFAULT_API_DEPTH
  if (typeof args.depth === 'number' && args.depth > MAX_API_DEPTH) args.depth = MAX_API_DEPTH
  if (!READS.has(operation)) return
  if (args.pagination === false) args.pagination = true
  if (typeof args.limit === 'number' && (args.limit <= 0 || args.limit > MAX_API_LIMIT)) args.limit = MAX_API_LIMIT
}

const capApi: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  capApiRequest(args as Parameters<typeof capApiRequest>[0], operation, req.payloadAPI, req.query?.depth)
  return args
}

/** Adds the check to every collection, the ones other plugins add included (so it runs last). */
export const queryGuardPlugin: Plugin = (config) => ({
  ...config,
  // First of the beforeOperation hooks: a bad query is refused, and an anonymous REST request's
  // depth and page size capped, before any other hook looks at it.
  collections: mapCollections(config, (collection) =>
    appendCollectionHooks(collection, { beforeOperation: [validateQuery, capApi] }, 'before'),
  ),
})
