import type { CollectionConfig, Payload, PayloadRequest } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { appendCollectionHooks, hookLabel, labelHook, scheduledTask, withAutoRun } from '../../../src/plugins/kit'

const payload = {} as Payload
const search = { cron: '* * * * *', queue: 'search', limit: 20 }
const mail = { cron: '*/10 * * * * *', queue: 'mail', limit: 50 }

describe('plugin kit', () => {
  const saved = process.env.JOBS_AUTORUN
  afterEach(() => {
    if (saved === undefined) delete process.env.JOBS_AUTORUN
    else process.env.JOBS_AUTORUN = saved
  })

  it('adds queue runners to what other plugins added, once per queue', async () => {
    delete process.env.JOBS_AUTORUN
    const first = withAutoRun(undefined, [mail])
    const both = withAutoRun(first, [search, { ...mail, limit: 5 }])
    expect(typeof both === 'function' && (await both(payload))).toEqual([mail, search])
  })

  it('adds no runner, for any queue, when JOBS_AUTORUN=false', async () => {
    process.env.JOBS_AUTORUN = 'false'
    const autoRun = withAutoRun(withAutoRun([], [mail]), [search])
    expect(typeof autoRun === 'function' && (await autoRun(payload))).toEqual([])
  })

  it('appends hooks after the collection’s own, or puts a guard first', () => {
    const own = labelHook('eigen', () => undefined)
    const added = labelHook('plugin', () => undefined)
    const collection: CollectionConfig = { slug: 'x', fields: [], hooks: { afterChange: [own] } }
    expect(appendCollectionHooks(collection, { afterChange: [added] }).hooks?.afterChange?.map(hookLabel)).toEqual(['eigen', 'plugin'])
    expect(appendCollectionHooks(collection, { afterChange: [added] }, 'before').hooks?.afterChange?.map(hookLabel)).toEqual(['plugin', 'eigen'])
    expect(collection.hooks?.afterChange).toHaveLength(1)
  })

  it('writes a scheduled task as Payload wants it, and hands the run’s result to the job', async () => {
    const seen: Payload[] = []
    const task = scheduledTask({
      slug: 'eraseSomething',
      label: 'Iets wissen',
      cron: '0 30 3 * * *',
      queue: 'maintenance',
      retryDelayMs: 600_000,
      output: { erased: 'number', cutoff: 'text' },
      run: async (p) => {
        seen.push(p)
        return { erased: 2, cutoff: '2026-01-01', extra: true }
      },
    })
    const { handler, ...config } = task
    expect(config).toStrictEqual({
      slug: 'eraseSomething',
      label: 'Iets wissen',
      schedule: [{ cron: '0 30 3 * * *', queue: 'maintenance' }],
      retries: { attempts: 3, backoff: { type: 'fixed', delay: 600_000 } },
      outputSchema: [
        { name: 'erased', type: 'number' },
        { name: 'cutoff', type: 'text' },
      ],
    })
    const run = handler as (args: { req: PayloadRequest }) => Promise<unknown>
    expect(await run({ req: { payload } as PayloadRequest })).toEqual({
      output: { erased: 2, cutoff: '2026-01-01', extra: true },
    })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toBe(payload)
    expect(
      scheduledTask({ slug: 's', label: 'l', cron: 'c', queue: 'q', output: {}, run: async () => ({}) }).retries,
    ).toEqual({
      attempts: 3,
      backoff: { type: 'fixed', delay: 60_000 },
    })
  })
})
