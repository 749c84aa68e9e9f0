import { createLocalReq } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { h2, p, richText } from '../../../src/lexical/build'
import { findFurthestFromTarget } from '../../../src/readability/furthestFromTarget'
import { PASSWORD, unique } from '../../helpers/accessFixtures'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'
import { OFFICIAL_C2, PARENTS_B1, WORKING_METHOD_B2 } from '../../unit/readability/texts'

process.env.JOBS_AUTORUN = 'false'

type Doc = Record<string, unknown> & { id: number | string }
type Readability = { score: number | null; level: string | null; target: string | null; distance: number | null }

const SYSTEM = { overrideAccess: true, depth: 0 } as const

await describeOnEachDatabase('readability stored with each version', (database) => {
  const portal = usePayload(database)
  let redacteur: Doc
  let regioA: Doc
  let regions: Record<'A' | 'B', Doc>

  const makeUser = async (role: string, extra: Record<string, unknown> = {}) =>
    (await portal.payload.create({
      collection: 'users',
      data: { email: `${unique(role)}@example.org`, password: PASSWORD, role, name: `Test ${role}`, ...extra } as never,
      ...SYSTEM,
    })) as unknown as Doc
  const as = (who: Doc) => ({ overrideAccess: false as const, user: who as never, depth: 0 })
  const page = (title: string, body: string) =>
    portal.payload.create({
      collection: 'pages',
      data: { title: unique(title), body: richText(h2('Kop'), p(body)), _status: 'draft' } as never,
      draft: true,
      ...as(redacteur),
    }) as unknown as Promise<Doc>
  const pilot = (region: Doc, body: string) =>
    portal.payload.create({
      collection: 'pilots',
      data: {
        title: unique('Toekomsttuin'),
        region: region.id,
        startDate: '2026-01-05T00:00:00.000Z',
        aim: 'Minder wachttijd.',
        body: richText(p(body)),
        _status: 'draft',
      } as never,
      draft: true,
      ...SYSTEM,
    }) as unknown as Promise<Doc>
  const dashboard = async (who: Doc) =>
    findFurthestFromTarget(portal.payload, { req: await createLocalReq({ user: who as never }, portal.payload), limit: 50 })

  beforeAll(async () => {
    regions = {
      A: (await portal.payload.create({ collection: 'regions', data: { title: unique('Regio A'), municipalities: ['Winterswijk'], _status: 'published' } as never, ...SYSTEM })) as unknown as Doc,
      B: (await portal.payload.create({ collection: 'regions', data: { title: unique('Regio B'), municipalities: ['Tiel'], _status: 'published' } as never, ...SYSTEM })) as unknown as Doc,
    }
    await portal.payload.create({
      collection: 'glossary-terms',
      data: { title: 'Ondertoezichtstelling', abbreviation: 'OTS', definition: 'Een maatregel van de kinderrechter.', _status: 'published' } as never,
      ...SYSTEM,
    })
    redacteur = await makeUser('redacteur')
    regioA = await makeUser('regioredacteur', { region: regions.A.id })
  })

  it('stores the score with every version, and a client cannot set it', async () => {
    const doc = await page('Moeilijke pagina', OFFICIAL_C2)
    const first = doc.readability as Readability
    expect(first).toMatchObject({ level: 'C2', target: 'B1' })
    expect(first.distance).toBeGreaterThan(50)

    const rewritten = (await portal.payload.update({
      collection: 'pages',
      id: doc.id,
      data: { body: richText(p(PARENTS_B1)), readability: { score: 0, distance: 99, level: 'C2' } } as never,
      draft: true,
      ...as(redacteur),
    })) as unknown as Doc
    expect(rewritten.readability).toMatchObject({ level: 'B1', target: 'B1', distance: 0 })

    const { docs: versions } = await portal.payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const scored = versions.map((version) => (version.version as unknown as { readability: Readability }).readability)
    expect(scored.map((r) => r.level)).toEqual(['C2', 'B1'])
    expect(scored[0].distance).toBe(first.distance)
  })

  it('counts an unexplained glossary term against a page for parents', async () => {
    const doc = await page('Pagina met begrip', 'De rechter geeft uw kind een OTS. Dat duurt een jaar.')
    expect(doc.readability).toMatchObject({ level: 'B2', distance: 5 })
  })

  it('keeps a change that leaves out the text scored on the stored text', async () => {
    const doc = await page('Titel wijzigt', WORKING_METHOD_B2)
    const before = doc.readability as Readability
    const renamed = (await portal.payload.update({ collection: 'pages', id: doc.id, data: { title: unique('Nieuwe titel') } as never, draft: true, ...as(redacteur) })) as unknown as Doc
    expect((renamed.readability as Readability).score).toBe(before.score)
  })

  it('shows the score to editors only', async () => {
    const doc = await page('Gepubliceerd', PARENTS_B1)
    await portal.payload.update({ collection: 'pages', id: doc.id, data: { _status: 'published' } as never, ...SYSTEM })
    const anonymous = (await portal.payload.findByID({ collection: 'pages', id: doc.id, overrideAccess: false, user: null, depth: 0 })) as unknown as Doc
    expect(anonymous.readability).toBeUndefined()
    const editor = (await portal.payload.findByID({ collection: 'pages', id: doc.id, ...as(redacteur) })) as unknown as Doc
    expect((editor.readability as Readability).level).toBe('B1')
  })

  it('lists the texts furthest from their target first, only those the editor may change', async () => {
    const far = await page('Ver van het doel', OFFICIAL_C2)
    const nearer = await page('Dichter bij het doel', WORKING_METHOD_B2)
    const onTarget = await page('Op doel', PARENTS_B1)
    const pilotA = await pilot(regions.A, OFFICIAL_C2)
    const pilotB = await pilot(regions.B, OFFICIAL_C2)
    // Published, so every account may read them: only the right to change them keeps them off a list.
    for (const [collection, id] of [['pilots', pilotB.id], ['pages', far.id]] as const) {
      await portal.payload.update({ collection, id, data: { _status: 'published' } as never, ...SYSTEM })
    }

    const forEditor = await dashboard(redacteur)
    const ids = forEditor.map((item) => item.id)
    expect(ids.indexOf(far.id)).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf(far.id)).toBeLessThan(ids.indexOf(nearer.id))
    expect(ids).not.toContain(onTarget.id)
    const distances = forEditor.map((item) => item.distance)
    expect([...distances].sort((a, b) => b - a)).toEqual(distances)
    expect(forEditor.find((item) => item.id === far.id)).toMatchObject({ collection: 'pages', target: 'B1', adminPath: `/admin/collections/pages/${far.id}` })

    // A regional editor: the pilot of their own region, nothing of another region, no pages.
    const forRegion = await dashboard(regioA)
    expect(forRegion.map((item) => item.id)).toContain(pilotA.id)
    expect(forRegion.map((item) => item.id)).not.toContain(pilotB.id)
    expect(forRegion.map((item) => item.id)).not.toContain(far.id)
    expect(forRegion.every((item) => item.collection !== 'pages')).toBe(true)
  })
})
