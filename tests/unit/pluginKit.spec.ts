import type { CollectionConfig, Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { appendCollectionHooks, hookLabel, labelHook, withAutoRun } from '../../src/plugins/kit'

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
})
