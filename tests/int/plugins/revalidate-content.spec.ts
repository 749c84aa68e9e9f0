import { describe, expect, it } from 'vitest'

import { memoForVisitors } from '../../../src/lib/cache'
import { recordSearch } from '../../../src/search/record-search'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

/** Longer than the plugin's second, delayed drop, so one case's drop never counts for the next. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_200))

describe('cached pages and reads are dropped on every public change (src/plugins/revalidateContent.ts)', () => {
  const portal = usePayload(sqlite)
  let reads = 0
  const read = () => memoForVisitors('revalidate-content-test', async () => ++reads)
  /** Whether `change` dropped the cache: the memo reads anew afterwards. */
  const drops = async (change: () => Promise<unknown>) => {
    await settle()
    const before = await read()
    await change()
    return (await read()) !== before
  }

  it('keeps the cache for a reader’s feedback, which anyone can post', async () => {
    const feedback = () =>
      portal.payload.create({
        collection: 'feedback',
        data: { pageTitle: 'Een pagina', pagePath: '/paginas/een-pagina', target: 'pages', helpful: 'ja' },
        overrideAccess: true,
      })
    expect(await drops(feedback)).toBe(false)
  })

  it('keeps the cache for what a visitor’s search or subscription to alerts writes', async () => {
    // /zoeken counts every query it answers, and a subscription adds a list (src/alerts).
    expect(await drops(() => recordSearch(portal.payload, 'gezinsplan', 3))).toBe(false)
    expect(await drops(() => recordSearch(portal.payload, 'gezinsplan', 3))).toBe(false)
    expect(
      await drops(() =>
        portal.payload.create({
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
        id = (await portal.payload.create({ collection: 'pages', data: { title: 'Verversen', _status: 'published' } })).id
      }),
    ).toBe(true)
    expect(await drops(() => portal.payload.delete({ collection: 'pages', id }))).toBe(true)
    expect(await drops(() => portal.payload.updateGlobal({ slug: 'site', data: { tagline: 'Nieuwe ondertitel' } }))).toBe(true)
  })
})
