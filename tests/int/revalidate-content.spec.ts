import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { memoForVisitors } from '../../src/lib/cache'
import { recordSearch } from '../../src/search/record-search'
import { type BootedPortal, bootPayload } from '../helpers/bootPayload'
import { testDatabases } from '../helpers/databases'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

/** Longer than the plugin's second, delayed drop, so one case's drop never counts for the next. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_200))

describe('cached pages and reads are dropped on every public change (src/plugins/revalidateContent.ts)', () => {
  let portal: BootedPortal
  let payload: Payload
  let reads = 0
  const read = () => memoForVisitors('revalidate-content-test', async () => ++reads)
  /** Whether `change` dropped the cache: the memo reads anew afterwards. */
  const drops = async (change: () => Promise<unknown>) => {
    await settle()
    const before = await read()
    await change()
    return (await read()) !== before
  }

  beforeAll(async () => {
    portal = await bootPayload(sqlite)
    payload = portal.payload
  })
  afterAll(async () => {
    await portal?.shutdown()
  })

  it('keeps the cache for a reader’s feedback, which anyone can post', async () => {
    const feedback = () =>
      payload.create({
        collection: 'feedback',
        data: { pageTitle: 'Een pagina', pagePath: '/paginas/een-pagina', target: 'pages', helpful: 'ja' },
        overrideAccess: true,
      })
    expect(await drops(feedback)).toBe(false)
  })

  it('keeps the cache for what a visitor’s search or subscription to alerts writes', async () => {
    // /zoeken counts every query it answers, and a subscription adds a list (src/alerts).
    expect(await drops(() => recordSearch(payload, 'gezinsplan', 3))).toBe(false)
    expect(await drops(() => recordSearch(payload, 'gezinsplan', 3))).toBe(false)
    expect(
      await drops(() =>
        payload.create({
          collection: 'alert-lists',
          data: { title: 'Vacatures in Rivierenland', finder: 'vacatures', key: 'test-cache', filters: {} },
          overrideAccess: true,
        }),
      ),
    ).toBe(false)
  })

  it('drops it on a publish, a delete and a global’s change', async () => {
    let id: number | string = 0
    expect(
      await drops(async () => {
        id = (await payload.create({ collection: 'pages', data: { title: 'Verversen', _status: 'published' } })).id
      }),
    ).toBe(true)
    expect(await drops(() => payload.delete({ collection: 'pages', id }))).toBe(true)
    expect(await drops(() => payload.updateGlobal({ slug: 'site', data: { tagline: 'Nieuwe ondertitel' } }))).toBe(true)
  })
})
