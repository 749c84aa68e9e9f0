import { describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, expectation, MATRIX_ROLES, OPERATIONS } from '../../../src/access/matrix'
import { interleaved, MATRIX_CELLS, oneAtATimePerKey, visibleOn } from '../../helpers/matrixCells'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('the access matrix cells scheduling (tests/helpers/matrixCells.ts)', () => {
  it('runs work of one key one after another, and work of other keys meanwhile', async () => {
    const exclusive = oneAtATimePerKey()
    const log: string[] = []
    const work = (key: string, name: string) =>
      exclusive(key, async () => {
        log.push(`${name} start`)
        await tick()
        log.push(`${name} end`)
        return name
      })
    const results = await Promise.all([work('pages', 'a'), work('pages', 'b'), work('regions', 'c')])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(log.indexOf('b start')).toBeGreaterThan(log.indexOf('a end'))
    expect(log.indexOf('c start')).toBeLessThan(log.indexOf('a end'))
  })

  it('lets the next one run after a failure', async () => {
    const exclusive = oneAtATimePerKey()
    const failed = exclusive('pages', async () => {
      throw new Error('cel faalt')
    })
    await expect(failed).rejects.toThrow('cel faalt')
    await expect(exclusive('pages', async () => 'daarna')).resolves.toBe('daarna')
  })

  it('takes cells in turn from each collection, keeping their order within one', () => {
    const cell = (slug: string, n: number) => ({ entity: { slug }, n })
    const list = [
      cell('pages', 1),
      cell('pages', 2),
      cell('pages', 3),
      cell('regions', 1),
      cell('users', 1),
      cell('users', 2),
    ]
    expect(interleaved(list).map((c) => `${c.entity.slug}${c.n}`)).toEqual([
      'pages1',
      'regions1',
      'users1',
      'pages2',
      'users2',
      'pages3',
    ])
  })

  it('has one cell per role, collection or global and operation, each with what the matrix says', () => {
    expect(MATRIX_CELLS).toHaveLength(MATRIX_ROLES.length * ACCESS_MATRIX.length * OPERATIONS.length)
    const keys = new Set(MATRIX_CELLS.map(({ entity, role, operation }) => `${entity.slug}/${role}/${operation}`))
    expect(keys.size).toBe(MATRIX_CELLS.length)
    for (const { entity, role, operation, expected } of MATRIX_CELLS)
      expect(expected).toBe(expectation(entity, role, operation))
  })

  it('shows a document inside the scope to "own" and both to "allow", none otherwise', () => {
    expect(
      (['allow', 'own', 'deny', 'review', 'n/a'] as const).map((value) => [
        visibleOn(value, 'A'),
        visibleOn(value, 'B'),
      ]),
    ).toEqual([
      [true, true],
      [true, false],
      [false, false],
      [false, false],
      [false, false],
    ])
  })
})
