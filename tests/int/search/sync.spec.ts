import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { portalConfig } from '../../../payload.config'
import { AlgoliaSearchProvider } from '../../../src/search/engines/algolia'
import { EmbeddedSearchProvider } from '../../../src/search/engines/embedded'
import { runSearch } from '../../../src/search/query'
import * as searchIndex from '../../../src/search/indexOwner'
import { pullChanges } from '../../../src/search/sync/changeFeed'
import { shutdown } from '../../helpers/bootPayload'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { refuseInserts } from '../../helpers/refuseInserts'
import { usePayload } from '../../helpers/usePayload'
import { type FakeAlgolia, startFakeAlgolia } from './algolia-server'

/** A Lexical body with a paragraph, a heading and the callout and steps blocks. */
function body(paragraph: string, extra: { heading?: string; callout?: string; step?: string } = {}) {
  const text = (value: string) => ({ type: 'text', text: value, version: 1, format: 0, detail: 0, mode: 'normal', style: '' })
  const children: { type: string; version: number; [k: string]: unknown }[] = [
    { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(paragraph)] },
  ]
  if (extra.heading) children.push({ type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [text(extra.heading)] })
  if (extra.callout) {
    children.push({ type: 'block', version: 2, format: '', fields: { id: 'c1', blockName: '', blockType: 'callout', variant: 'let-op', text: extra.callout } })
  }
  if (extra.step) {
    children.push({
      type: 'block',
      version: 2,
      format: '',
      fields: { id: 's1', blockName: '', blockType: 'steps', steps: [{ id: 's1a', title: extra.step, who: 'Jeugdbeschermer', text: 'binnen vijf werkdagen' }] },
    })
  }
  return { root: { type: 'root', version: 1, direction: 'ltr' as const, format: '' as const, indent: 0, children } }
}

const find = async (payload: Payload, q: string) => (await runSearch(payload, { q, filters: {}, page: 1, limit: 20 })).hits
const urls = async (payload: Payload, q: string) => (await find(payload, q)).map((hit) => hit.url)

await describeOnEachDatabase('search sync through Payload hooks', (database) => {
  const portal = usePayload(database)

  beforeAll(async () => {
    await searchIndex.ready(portal.payload)
  })

  describe('embedded engine', () => {
    it('finds a published document, with its Lexical headings and block text', async () => {
      await portal.payload.create({
        collection: 'working-methods',
        data: {
          title: 'Warme overdracht na een maatregel',
          scope: 'gelderland',
          summary: 'Samen met het gezin afspreken hoe de resultaten blijven.',
          body: body('Het gesprek vindt plaats voor de maatregel eindigt.', {
            heading: 'Terugvalscenario bespreken',
            callout: 'Nodig de ontvangende kwartiermaker uit.',
            step: 'Evaluatiegesprek plannen',
          }),
          _status: 'published',
        },
      })
      expect(await urls(portal.payload, 'warme overdracht')).toEqual(['/werkwijzen/warme-overdracht-na-een-maatregel'])
      expect(await urls(portal.payload, 'terugvalscenario')).toContain('/werkwijzen/warme-overdracht-na-een-maatregel')
      expect(await urls(portal.payload, 'kwartiermaker')).toContain('/werkwijzen/warme-overdracht-na-een-maatregel')
      expect(await urls(portal.payload, 'evaluatiegesprek')).toContain('/werkwijzen/warme-overdracht-na-een-maatregel')
    })

    it('keeps the save and finds it when the change log for other instances cannot be written', async () => {
      const allowInserts = await refuseInserts(portal.payload, database.kind, 'search_changes')
      try {
        const doc = await portal.payload.create({ collection: 'pages', data: { title: 'Storingsdienst voor gezinsvoogden', _status: 'published' } })
        const live = await portal.payload.findByID({ collection: 'pages', id: doc.id, draft: false, depth: 0, disableErrors: true })
        expect(live?._status).toBe('published')
        expect((await find(portal.payload, 'storingsdienst')).map((hit) => hit.title)).toEqual(['Storingsdienst voor gezinsvoogden'])
      } finally {
        await allowInserts()
      }
    })

    it('updates the record on edit', async () => {
      const doc = await portal.payload.create({ collection: 'pages', data: { title: 'Spreekuur voor wijkcoaches', _status: 'published' } })
      await portal.payload.update({ collection: 'pages', id: doc.id, data: { title: 'Inloopuur voor wijkcoaches' } })
      const hits = await find(portal.payload, 'wijkcoaches')
      expect(hits.map((h) => h.title)).toEqual(['Inloopuur voor wijkcoaches'])
      expect(await find(portal.payload, 'spreekuur')).toEqual([])
    })

    it('never indexes a draft, and a new draft of a published page leaves the published text', async () => {
      await portal.payload.create({ collection: 'pages', data: { title: 'Conceptnotitie zonder publicatie' }, draft: true })
      expect(await find(portal.payload, 'conceptnotitie')).toEqual([])

      const published = await portal.payload.create({ collection: 'pages', data: { title: 'Handreiking huisbezoek', _status: 'published' } })
      await portal.payload.update({ collection: 'pages', id: published.id, data: { title: 'Handreiking geheim ontwerp' }, draft: true })
      expect((await find(portal.payload, 'handreiking')).map((h) => h.title)).toEqual(['Handreiking huisbezoek'])
      expect(await find(portal.payload, 'geheim ontwerp')).toEqual([])
    })

    it('removes the record on unpublish and on delete', async () => {
      const a = await portal.payload.create({ collection: 'pages', data: { title: 'Tijdelijke regeling zomer', _status: 'published' } })
      const b = await portal.payload.create({ collection: 'pages', data: { title: 'Tijdelijke regeling winter', _status: 'published' } })
      expect(await find(portal.payload, 'tijdelijke regeling')).toHaveLength(2)
      await portal.payload.update({ collection: 'pages', id: a.id, data: { _status: 'draft' } })
      expect((await find(portal.payload, 'tijdelijke regeling')).map((h) => h.title)).toEqual(['Tijdelijke regeling winter'])
      await portal.payload.delete({ collection: 'pages', id: b.id })
      expect(await find(portal.payload, 'tijdelijke regeling')).toEqual([])
    })

    it('indexes a published global at its own address', async () => {
      await portal.payload.updateGlobal({
        slug: 'escalation-model',
        data: {
          title: 'Escalatiemodel',
          criteria: [{ title: 'Samenwerking loopt vast' }],
          levels: [{ title: 'Overleg tussen collega’s', who: 'Professional', to: 'Collega', withinWorkingDays: 2, expectedOutcome: 'Een besluit' }],
          _status: 'published',
        },
      })
      expect(await urls(portal.payload, 'escalatiemodle')).toEqual(['/escalatiemodel'])
    })

    it('learns new synonyms from the glossary as soon as a term is published', async () => {
      await portal.payload.create({
        collection: 'pages',
        data: { title: 'Het perspectiefbesluit in de praktijk', _status: 'published' },
      })
      expect(await find(portal.payload, 'pbb')).toEqual([])
      await portal.payload.create({
        collection: 'glossary-terms',
        data: { title: 'Perspectiefbesluit', abbreviation: 'PBB', definition: 'Besluit over waar een kind opgroeit.', _status: 'published' },
      })
      const titles = (await find(portal.payload, 'pbb')).map((h) => h.title)
      expect(titles).toContain('Het perspectiefbesluit in de praktijk')
    })

    it('rebuilds records that show a region’s name when the region is renamed', async () => {
      const region = await portal.payload.create({
        collection: 'regions',
        data: { title: 'Lingegebied', municipalities: ['Voorbeeldstad'], _status: 'published' },
      })
      await portal.payload.create({
        collection: 'local-agreements',
        data: { title: 'Afspraak over de wachttijd', region: region.id, validFrom: '2026-01-01', _status: 'published' },
      })
      expect(await urls(portal.payload, 'wachttijd')).toEqual(['/regios/lingegebied#afspraak-over-de-wachttijd'])
      await portal.payload.update({ collection: 'regions', id: region.id, data: { title: 'Betuwe-West' } })
      // The agreement's record now carries the new name (the region itself may rank first) …
      const hits = await find(portal.payload, 'betuwe west wachttijd')
      expect(hits.slice(0, 2).map((h) => h.title)).toContain('Afspraak over de wachttijd')
      expect((await find(portal.payload, 'betuwe west')).map((h) => h.title)).toContain('Afspraak over de wachttijd')
      // … and no longer the old one.
      expect((await find(portal.payload, 'lingegebied')).map((h) => h.title)).not.toContain('Afspraak over de wachttijd')
    })

    it('skips documents written by the seed until the index is rebuilt', async () => {
      await portal.payload.create({
        collection: 'pages',
        data: { title: 'Demonstratie uit de seed', _status: 'published' },
        context: { seeding: true },
      })
      expect(await find(portal.payload, 'demonstratie')).toEqual([])
      const result = await searchIndex.rebuild(portal.payload)
      expect(result.records).toBeGreaterThan(5)
      expect((await find(portal.payload, 'demonstratie')).map((h) => h.title)).toEqual(['Demonstratie uit de seed'])
    })

    it('keeps a second instance in step through the change log', async () => {
      const second = await getPayload({ config: portalConfig({ databaseUri: portal.uri, secret: process.env.PAYLOAD_SECRET, seedOnEmpty: false }), key: `${portal.uri}#second` })
      try {
        await searchIndex.ready(second)
        expect((await find(second, 'demonstratie')).map((h) => h.title)).toEqual(['Demonstratie uit de seed'])

        const doc = await portal.payload.create({ collection: 'pages', data: { title: 'Nieuw op instantie een', _status: 'published' } })
        expect(await find(second, 'instantie')).toEqual([])
        expect(await pullChanges(second)).toBeGreaterThanOrEqual(1)
        expect((await find(second, 'instantie')).map((h) => h.title)).toEqual(['Nieuw op instantie een'])

        await portal.payload.delete({ collection: 'pages', id: doc.id })
        await pullChanges(second)
        expect(await find(second, 'instantie')).toEqual([])
        // Applying the same rows again changes nothing.
        expect(await pullChanges(second)).toBe(0)
      } finally {
        await shutdown(second)
      }
    })
  })

  describe('Algolia engine', () => {
    let fake: FakeAlgolia

    beforeAll(async () => {
      fake = await startFakeAlgolia()
      searchIndex.useProvider(
        portal.payload,
        new AlgoliaSearchProvider({ appId: 'TESTAPP', adminApiKey: 'admin', searchApiKey: 'search', indexName: 'portaal', hosts: fake.hosts }),
      )
    })
    afterAll(async () => {
      searchIndex.useProvider(portal.payload, new EmbeddedSearchProvider())
      await fake?.close()
    })

    const saved = () =>
      fake.requests
        .filter((r) => r.path === '/1/indexes/portaal/batch')
        .flatMap((r) => (r.body as { requests: { action: string; body: { objectID: string; title?: string } }[] }).requests)
    const deleted = () => fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').at(-1))

    it('sends published records, updates, deletes on unpublish and delete, and nothing for drafts', async () => {
      const doc = await portal.payload.create({ collection: 'pages', data: { title: 'Algolia publicatie', _status: 'published' } })
      const id = `pages:${doc.id}`
      expect(saved()).toEqual([{ action: 'addObject', body: expect.objectContaining({ objectID: id, title: 'Algolia publicatie', url: '/paginas/algolia-publicatie' }) }])

      await portal.payload.update({ collection: 'pages', id: doc.id, data: { title: 'Algolia bijgewerkt' } })
      expect(saved().at(-1)!.body).toMatchObject({ objectID: id, title: 'Algolia bijgewerkt' })
      expect((await find(portal.payload, 'bijgewerkt')).map((h) => h.id)).toEqual([id])

      const draft = await portal.payload.create({ collection: 'pages', data: { title: 'Algolia concept' }, draft: true })
      // A draft is never sent; removing its (absent) record is how "not public" is said to Algolia.
      expect(saved().some((op) => op.body.objectID === `pages:${draft.id}`)).toBe(false)
      expect(fake.indices.get('portaal')!.objects.has(`pages:${draft.id}`)).toBe(false)

      await portal.payload.update({ collection: 'pages', id: doc.id, data: { _status: 'draft' } })
      expect(deleted()).toContain(id)
      expect(fake.indices.get('portaal')!.objects.has(id)).toBe(false)

      await portal.payload.update({ collection: 'pages', id: doc.id, data: { _status: 'published' } })
      expect(fake.indices.get('portaal')!.objects.has(id)).toBe(true)
      await portal.payload.delete({ collection: 'pages', id: doc.id })
      expect(fake.indices.get('portaal')!.objects.has(id)).toBe(false)
    })

    it('keeps the edit when Algolia is down and retries through the jobs queue', async () => {
      fake.failWith = 503
      const doc = await portal.payload.create({ collection: 'pages', data: { title: 'Opgeslagen tijdens storing', _status: 'published' } })
      // The edit is saved regardless.
      const stored = await portal.payload.findByID({ collection: 'pages', id: doc.id })
      expect(stored.title).toBe('Opgeslagen tijdens storing')
      const jobs = await portal.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'searchSync' } }, overrideAccess: true })
      expect(jobs.docs.map((job) => (job.input as { target: string }).target)).toContain(`pages:${doc.id}`)
      expect(fake.indices.get('portaal')?.objects.has(`pages:${doc.id}`) ?? false).toBe(false)

      fake.failWith = null
      await portal.payload.jobs.run({ queue: 'search' })
      expect(fake.indices.get('portaal')!.objects.has(`pages:${doc.id}`)).toBe(true)
    })

    it('rebuilds everything with replaceAllObjects', async () => {
      fake.requests.length = 0
      const result = await searchIndex.rebuild(portal.payload)
      const live = fake.indices.get('portaal')!
      expect(live.objects.size).toBe(result.records)
      expect(fake.requests.some((r) => (r.body as { operation?: string } | null)?.operation === 'move')).toBe(true)
      // Glossary synonyms went along (the PBB term above and the built-in abbreviations).
      expect(JSON.stringify(live.synonyms)).toContain('PBB')
    })
  })
})
