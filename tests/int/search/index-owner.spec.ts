import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { AlgoliaSearchProvider } from '../../../src/search/engines/algolia'
import { EmbeddedSearchProvider } from '../../../src/search/engines/embedded'
import * as searchIndex from '../../../src/search/indexOwner'
import type { SearchRecord, SynonymGroup } from '../../../src/search/types'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

/**
 * The real embedded engine, with its full build held at the door until the test opens it: the build
 * has read the database by then, so what happens meanwhile is what a slow build sees.
 */
class HeldProvider extends EmbeddedSearchProvider {
  rebuilds = 0
  private open: () => void = () => undefined
  private gate = Promise.resolve()

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve))
  }

  release(): void {
    this.open()
  }

  override async rebuild(records: SearchRecord[], synonyms: SynonymGroup[]): Promise<void> {
    this.rebuilds++
    await this.gate
    return super.rebuild(records, synonyms)
  }
}

const titles = async (payload: Payload, query: string) =>
  (await searchIndex.provider(payload).search({ query, filters: {}, facets: [], page: 1, hitsPerPage: 20, pinned: [] })).hits.map(
    (hit) => hit.title,
  )

describe('the search index owner (src/search/indexOwner.ts)', () => {
  const portal = usePayload(sqlite)

  it('builds once for concurrent ready() calls, and not again once ready', async () => {
    const engine = new HeldProvider()
    searchIndex.useProvider(portal.payload, engine)
    engine.hold()
    const waiting = [searchIndex.ready(portal.payload), searchIndex.ready(portal.payload), searchIndex.ready(portal.payload)]
    // A rebuild asked for while one runs joins it too.
    const joined = searchIndex.rebuild(portal.payload)
    await new Promise((resolve) => setTimeout(resolve, 50))
    engine.release()
    await Promise.all([...waiting, joined])
    await searchIndex.ready(portal.payload)
    expect(engine.rebuilds).toBe(1)
  })

  it('leaves a never-built index alone: a change before the first build is read by that build', async () => {
    const engine = new HeldProvider()
    searchIndex.useProvider(portal.payload, engine)
    const page = await portal.payload.create({ collection: 'pages', data: { title: 'Koude wijziging', _status: 'published' } })
    expect(await titles(portal.payload, 'koude')).toEqual([])
    await searchIndex.applyChange(portal.payload, `pages:${page.id}`)
    expect(engine.rebuilds).toBe(0)
    expect(await titles(portal.payload, 'koude')).toEqual([])
    await searchIndex.ready(portal.payload)
    expect(await titles(portal.payload, 'koude')).toEqual(['Koude wijziging'])
  })

  it('applies a change saved during a build again once the new index is in place', async () => {
    const engine = new HeldProvider()
    searchIndex.useProvider(portal.payload, engine)
    engine.hold()
    const build = searchIndex.rebuild(portal.payload)
    // Let the build read the database; it now waits to swap its records in.
    while (engine.rebuilds === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    // The save's hook applies the change to the index of the moment, which the build then replaces.
    await portal.payload.create({ collection: 'pages', data: { title: 'Tijdens de opbouw opgeslagen', _status: 'published' } })
    engine.release()
    await build
    expect(await titles(portal.payload, 'opbouw')).toEqual(['Tijdens de opbouw opgeslagen'])
  })

  it('starts an Algolia index ready: ready() builds nothing', async () => {
    const algolia = new AlgoliaSearchProvider({
      appId: 'TESTAPP',
      adminApiKey: 'admin',
      searchApiKey: 'search',
      indexName: 'portaal',
      // Nothing listens here: a build would fail on its first request.
      hosts: [{ url: '127.0.0.1', port: 9, protocol: 'http', accept: 'readWrite' }],
    })
    searchIndex.useProvider(portal.payload, algolia)
    await expect(searchIndex.ready(portal.payload)).resolves.toBeUndefined()
    expect(searchIndex.provider(portal.payload)).toBe(algolia)
    searchIndex.useProvider(portal.payload, new EmbeddedSearchProvider())
  })
})
