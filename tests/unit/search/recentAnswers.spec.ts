import { describe, expect, it } from 'vitest'

import { recentAnswers } from '../../../src/search/recentAnswers'

const counter = () => {
  let runs = 0
  return {
    compute: (value: string) => () => {
      runs++
      return Promise.resolve(value)
    },
    get runs() {
      return runs
    },
  }
}

describe('recent answers of the search', () => {
  it('answers the same question again without running it, and shares a run in flight', async () => {
    const answers = recentAnswers<string>({ maxEntries: 10, lifetimeMs: 30_000 })
    const runs = counter()
    const [a, b] = await Promise.all([answers.get('q=ots', 'v1', runs.compute('a'), 0), answers.get('q=ots', 'v1', runs.compute('b'), 1)])
    expect([a, b]).toEqual(['a', 'a'])
    expect(await answers.get('q=ots', 'v1', runs.compute('c'), 2)).toBe('a')
    expect(runs.runs).toBe(1)
  })

  it('runs again once the index changed (another stamp) or the answer is too old', async () => {
    const answers = recentAnswers<string>({ maxEntries: 10, lifetimeMs: 30_000 })
    const runs = counter()
    await answers.get('q=ots', 'v1', runs.compute('old'), 0)
    expect(await answers.get('q=ots', 'v2', runs.compute('new'), 1)).toBe('new')
    expect(await answers.get('q=ots', 'v2', runs.compute('newer'), 30_001)).toBe('newer')
    expect(runs.runs).toBe(3)
  })

  it('keeps no failed answer', async () => {
    const answers = recentAnswers<string>({ maxEntries: 10, lifetimeMs: 30_000 })
    await expect(answers.get('q=ots', 'v1', () => Promise.reject(new Error('engine down')), 0)).rejects.toThrow('engine down')
    expect(answers.size).toBe(0)
    expect(await answers.get('q=ots', 'v1', () => Promise.resolve('ok'), 1)).toBe('ok')
  })

  it('holds at most maxEntries, dropping the oldest first', async () => {
    const answers = recentAnswers<string>({ maxEntries: 3, lifetimeMs: 30_000 })
    const runs = counter()
    for (const q of ['a', 'b', 'c', 'd']) await answers.get(q, 'v1', runs.compute(q), 0)
    expect(answers.size).toBe(3)
    // 'a' was dropped, 'd' is kept.
    await answers.get('d', 'v1', runs.compute('d2'), 1)
    expect(runs.runs).toBe(4)
    expect(await answers.get('a', 'v1', runs.compute('a2'), 1)).toBe('a2')
    expect(runs.runs).toBe(5)
  })
})
