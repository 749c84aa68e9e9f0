import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DatabaseUriError, parseDatabaseUri, redact } from '../../../src/db/parseDatabaseUri'

describe('parseDatabaseUri', () => {
  const cwd = '/srv/portal'

  it('defaults to SQLite in data/ when unset or empty', () => {
    for (const value of [undefined, '', '   ']) {
      expect(parseDatabaseUri(value, cwd)).toEqual({ kind: 'sqlite', file: '/srv/portal/data/portal.db', url: 'file:/srv/portal/data/portal.db' })
    }
  })

  it('takes file: paths relative to the working directory or absolute', () => {
    expect(parseDatabaseUri('file:./tmp/a.db', cwd)).toMatchObject({ kind: 'sqlite', file: path.resolve(cwd, 'tmp/a.db') })
    expect(parseDatabaseUri('file:/var/lib/portal.db', cwd)).toMatchObject({ kind: 'sqlite', file: '/var/lib/portal.db' })
    expect(parseDatabaseUri('file:///var/lib/portal.db', cwd)).toMatchObject({ kind: 'sqlite', file: '/var/lib/portal.db' })
  })

  it('recognises both PostgreSQL schemes', () => {
    expect(parseDatabaseUri('postgres://u:p@db:5432/portal').kind).toBe('postgres')
    expect(parseDatabaseUri('postgresql://db/portal').kind).toBe('postgres')
    expect(parseDatabaseUri('POSTGRES://db/portal').kind).toBe('postgres')
  })

  it('recognises both MongoDB schemes', () => {
    expect(parseDatabaseUri('mongodb://localhost:27017/portal').kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://cluster.example.org/portal').kind).toBe('mongodb')
  })

  it('rejects anything else with a Dutch and English message naming the three forms', () => {
    for (const value of ['mysql://root@localhost/portal', 'portal.db', 'http://x', 'file:', 'postgres://', 'mongodb://']) {
      expect(() => parseDatabaseUri(value)).toThrow(DatabaseUriError)
    }
    let message = ''
    try {
      parseDatabaseUri('mysql://root:geheim@localhost/portal')
      expect.fail('mysql:// was accepted')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/wordt niet herkend/)
    expect(message).toMatch(/is not recognised/)
    for (const form of ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://']) expect(message).toContain(form)
    expect(message).not.toContain('geheim')
  })

  it('redacts passwords', () => {
    expect(redact('postgres://user:secret@host/db')).toBe('postgres://user:***@host/db')
  })
})
