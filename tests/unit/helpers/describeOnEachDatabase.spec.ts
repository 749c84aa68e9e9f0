import { describe, expect, it, vi } from 'vitest'

import type { TestDatabase } from '../../helpers/databases'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'

/**
 * tests/helpers/describeOnEachDatabase.ts with three stand-in databases, one of them without a
 * server: which blocks it registers, under which titles, which of them run and what it reports.
 */
vi.mock('../../helpers/databases', () => {
  const stand = (kind: TestDatabase['kind'], skipReason: string | null): TestDatabase => ({
    kind,
    skipReason,
    create: async () => {
      throw new Error('a stand-in database makes no copies')
    },
  })
  const databases = [stand('sqlite', null), stand('postgres', null), stand('mongodb', 'geen server in deze test')]
  return { testDatabases: async () => databases }
})

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
const given: string[] = []
const ran: string[] = []

const probe = (database: TestDatabase) => {
  given.push(database.kind)
  it('runs', () => {
    ran.push(`${expect.getState().currentTestName}`)
  })
}
await describeOnEachDatabase('every kind', probe)
await describeOnEachDatabase('not on PostgreSQL', probe, { kinds: ['sqlite', 'mongodb'] })
const warnings = warn.mock.calls.map((call) => call.join(' '))
warn.mockRestore()

describe('describeOnEachDatabase', () => {
  it('runs the block on each database with a server, named after it, in the kinds asked for', () => {
    expect(ran).toEqual([
      'every kind on sqlite > runs',
      'every kind on postgres > runs',
      'not on PostgreSQL on sqlite > runs',
    ])
  })

  it('still registers, skipped, the block of a database without a server, and never one of a kind not asked for', () => {
    expect(given).toEqual(['sqlite', 'postgres', 'mongodb', 'sqlite', 'mongodb'])
  })

  it('says on the console which database is skipped and why', () => {
    expect(warnings).toEqual([
      '[every kind] mongodb overgeslagen: geen server in deze test',
      '[not on PostgreSQL] mongodb overgeslagen: geen server in deze test',
    ])
  })
})
