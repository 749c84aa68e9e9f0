import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

/** Where the embedded database lives when DATABASE_URI is not set. */
export const DEFAULT_SQLITE_FILE = 'data/portal.db'

export class DatabaseUriError extends Error {
  constructor(value: string) {
    super(
      [
        `DATABASE_URI "${redact(value)}" wordt niet herkend. Gebruik file:<pad> (SQLite), postgres://… of postgresql://… (PostgreSQL), of mongodb://… of mongodb+srv://… (MongoDB).`,
        `DATABASE_URI "${redact(value)}" is not recognised. Use file:<path> (SQLite), postgres://… or postgresql://… (PostgreSQL), or mongodb://… or mongodb+srv://… (MongoDB).`,
      ].join('\n'),
    )
    this.name = 'DatabaseUriError'
  }
}

/** Never print a password from a connection string in an error or a log. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@')
}

/**
 * The one place that decides which database the portal talks to.
 * Unset or empty → SQLite in data/; `file:` → SQLite at that path; postgres(ql):// → PostgreSQL;
 * mongodb(+srv):// → MongoDB. Anything else is a configuration mistake and stops start-up.
 */
export function parseDatabaseUri(value: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const uri = (value ?? '').trim()
  if (uri === '') {
    const file = path.resolve(cwd, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (/^file:/i.test(uri)) {
    const rest = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (rest === '') throw new DatabaseUriError(uri)
    const file = rest === ':memory:' ? rest : path.resolve(cwd, rest)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (/^postgres(ql)?:\/\/.+/i.test(uri)) return { kind: 'postgres', url: uri }
  if (/^mongodb(\+srv)?:\/\/.+/i.test(uri)) return { kind: 'mongodb', url: uri }
  throw new DatabaseUriError(uri)
}
