import { describe, expect, it } from 'vitest'

import { backoff } from '../../../src/db/serialiseSqliteWrites'

describe('waiting for another process’s SQLite lock', () => {
  it('tries again soon at first and then at least every tenth of a second, however long the lock lasts', () => {
    const waits = Array.from({ length: 1000 }, (_, attempt) => backoff(attempt))
    expect(waits.slice(0, 5)).toEqual([5, 10, 20, 40, 80])
    // A write queued behind a long lock goes through within a tenth of a second of its release.
    expect(Math.max(...waits)).toBe(100)
    expect(waits.every((ms) => ms > 0)).toBe(true)
  })
})
