import { ACCESS_MATRIX, type Expectation, expectation, MATRIX_ROLES, OPERATIONS } from '../../src/access/matrix'

import type { Side } from './accessFixtures'

/**
 * How the access matrix cells (tests/int/access/matrix.cells.ts, tests/e2e/access.e2e.spec.ts) run
 * a few at a time (vitest's maxConcurrency): never two of one collection or global at once, as
 * some share a fixed document (the editor's own region, an account's own record, a global).
 */

/** Runs work given the same key one after another; work under different keys may overlap. */
export function oneAtATimePerKey(): <T>(key: string, run: () => Promise<T>) => Promise<T> {
  const busy = new Map<string, Promise<void>>()
  return async (key, run) => {
    const before = busy.get(key) ?? Promise.resolve()
    let done!: () => void
    const mine = new Promise<void>((resolve) => (done = resolve))
    busy.set(
      key,
      before.then(() => mine),
    )
    await before
    try {
      return await run()
    } finally {
      done()
    }
  }
}

/** Cells in turn from each collection, so that the cells running together are of different ones. */
export function interleaved<T extends { entity: { slug: string } }>(list: T[]): T[] {
  const groups = new Map<string, T[]>()
  for (const item of list) groups.set(item.entity.slug, [...(groups.get(item.entity.slug) ?? []), item])
  const queues = [...groups.values()]
  const out: T[] = []
  while (out.length < list.length) for (const queue of queues) if (queue.length) out.push(queue.shift() as T)
  return out
}

/** Every role × every collection and global × every operation, with what the matrix expects. */
export const MATRIX_CELLS = ACCESS_MATRIX.flatMap((entity) =>
  MATRIX_ROLES.flatMap((role) =>
    OPERATIONS.map((operation) => ({ entity, role, operation, expected: expectation(entity, role, operation) })),
  ),
)

/** Whether a document on side A (inside the actor's scope) or B (outside it) may be seen. */
export const visibleOn = (expected: Expectation, side: Side) =>
  expected === 'allow' || (expected === 'own' && side === 'A')
