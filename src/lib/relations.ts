export type ID = number | string

/** The id of a relationship value: a bare id, a populated document, or nothing (null). */
export function relationId(value: unknown): ID | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return (value as { id?: ID }).id ?? null
  return value as ID
}

/** The same id as a string: SQLite and PostgreSQL give numbers, MongoDB strings, forms strings. */
export function relationKey(value: unknown): string | null {
  const id = relationId(value)
  return id === null ? null : String(id)
}
