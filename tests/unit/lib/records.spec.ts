import { describe, expect, it } from 'vitest'

import { isRecord } from '../../../src/lib/records'

describe('isRecord', () => {
  it('takes objects to be read by field name, and nothing else', () => {
    expect(isRecord({ id: 1, title: 'Visie' })).toBe(true)
    expect(isRecord(Object.create(null))).toBe(true)
    for (const value of [null, undefined, 'visie', 1, true, [], [{ id: 1 }]]) expect(isRecord(value)).toBe(false)
  })
})
