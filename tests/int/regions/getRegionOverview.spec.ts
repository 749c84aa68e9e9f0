import { expect, it } from 'vitest'

import { paragraph, richText } from '../../../src/lexical/build'
import { getRegionOverview } from '../../../src/regions/getRegionOverview'
import { PASSWORD, unique } from '../../helpers/accessFixtures'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { createSession, trainingInRegion } from '../../helpers/registrationFixtures'
import { useVacancyWorld } from '../../helpers/vacancyFixtures'

await describeOnEachDatabase('what the region page gets,', (database) => {
  const { portal, world, visitor } = useVacancyWorld(database)

  it('region: trainings of the region with their next session, open vacancies, progress per building block', async () => {
    const river = world().regions.rivierenland
    const { training, session } = await createSession(portal.payload, { closesInDays: 0, startsInDays: 7 })
    await trainingInRegion(portal.payload, training.id, river.id)
    const elsewhere = await createSession(portal.payload, { closesInDays: 0, startsInDays: 2 })
    // A building block with a number no other test block holds (1 to 8), with a row for this region.
    const taken = await portal.payload.find({ collection: 'building-blocks', overrideAccess: true, pagination: false, depth: 0 })
    const number = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => !taken.docs.some((block) => block.number === n))!
    const block = await portal.payload.create({
      collection: 'building-blocks',
      overrideAccess: true,
      data: { title: 'Proefbouwsteen', aim: 'Laten zien hoe ver een regio is.', phase: 'in-uitvoering', number, progress: [{ region: Number(river.id), status: 'in-uitvoering', note: 'Loopt' }], _status: 'published' },
    })
    const overview = await getRegionOverview(visitor(), river)
    expect(overview.trainings.map((t) => t.title)).toContain(training.title)
    expect(overview.trainings.map((t) => t.title)).not.toContain(elsewhere.training.title)
    expect(overview.nextSession.get(String(training.id))).toBe(session.startsAt)
    expect(overview.nextSession.has(String(elsewhere.training.id))).toBe(false)
    expect(overview.vacancies.every((v) => v.vacancyStatus !== 'closed')).toBe(true)
    expect(overview.progress).toEqual([{ block: expect.objectContaining({ id: block.id, number, title: 'Proefbouwsteen', slug: block.slug }), status: 'in-uitvoering', note: 'Loopt' }])
  })

  it('region: local agreements with their text; a draft only in an editor’s preview', async () => {
    const river = world().regions.rivierenland
    const agreement = (title: string, _status: 'published' | 'draft') =>
      portal.payload.create({
        collection: 'local-agreements',
        overrideAccess: true,
        draft: _status === 'draft',
        data: { title, region: Number(river.id), validFrom: '2026-01-01T12:00:00.000Z', body: richText(paragraph(`${title}: wie belt wie.`)), _status },
      })
    const published = await agreement('Afspraak over de overdracht', 'published')
    const draft = await agreement('Concept over de wachttijd', 'draft')
    // The editor of this region (regional content: src/access/factories.ts, regionalAccess).
    const editor = await portal.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `${unique('regio')}@example.org`, password: PASSWORD, role: 'regioredacteur', name: 'Test regioredacteur', region: Number(river.id) },
    })

    const seen = await getRegionOverview(visitor(), river)
    expect(seen.agreements.map((a) => a.title)).toEqual([published.title])
    expect(JSON.stringify(seen.agreements[0]!.body)).toContain('wie belt wie')
    expect(seen.agreements[0]!.validFrom).toBe('2026-01-01T12:00:00.000Z')

    const preview = await getRegionOverview({ payload: portal.payload, user: editor, draft: true }, river)
    expect(preview.agreements.map((a) => a.title).sort()).toEqual([published.title, draft.title].sort())
  })
})
