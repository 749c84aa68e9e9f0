import { beforeAll, expect, it } from 'vitest'

import { getHomeFeed } from '../../../src/home/getHomeFeed'
import { paths } from '../../../src/lib/urls'
import type { Viewer } from '../../../src/lib/viewer'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { createSession } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'
import { makeVacancy, vacancyWorld, type VacancyWorld } from '../../helpers/vacancyFixtures'

await describeOnEachDatabase('what the home page gets,', (database) => {
  const portal = usePortal(database)
  let world: VacancyWorld
  let visitor: Viewer

  beforeAll(async () => {
    world = await vacancyWorld(portal.payload)
    visitor = { payload: portal.payload, user: null, draft: false }
  })

  const inRegion = async (trainingId: number | string, regionId: number | string) =>
    portal.payload.update({ collection: 'trainings', id: trainingId, overrideAccess: true, data: { regions: [regionId] } as never })

  it('home: the next trainings by their soonest session, published ones only, and each region’s own lists', async () => {
    const river = world.regions.rivierenland
    const later = await createSession(portal.payload, { closesInDays: 0, startsInDays: 20 })
    const sooner = await createSession(portal.payload, { closesInDays: 0, startsInDays: 3 })
    const hidden = await createSession(portal.payload, { closesInDays: 0, startsInDays: 1, published: false })
    await inRegion(later.training.id, river.id)
    // A second, later session of the sooner training does not list it twice.
    await createSession(portal.payload, { closesInDays: 0, startsInDays: 30, slug: `${sooner.training.slug}-x` })
    const open = await makeVacancy(portal.payload, world, { region: 'rivierenland', _status: 'published' })
    const draft = await makeVacancy(portal.payload, world, { region: 'rivierenland', _status: 'draft' })

    const feed = await getHomeFeed(visitor)
    const titles = feed.upcoming.map((item) => item.title)
    expect(titles.indexOf(sooner.training.title)).toBeLessThan(titles.indexOf(later.training.title))
    expect(titles).not.toContain(hidden.training.title)
    expect(new Set(titles).size).toBe(titles.length)
    expect(feed.upcoming.length).toBeLessThanOrEqual(4)
    expect(feed.vacancies.map((v) => v.title)).toContain(open.title)
    expect(feed.vacancies.map((v) => v.title)).not.toContain(draft.title)

    const teaser = feed.regions.find((region) => region.slug === river.slug)!
    expect(teaser.href).toBe(paths.region(river.slug))
    expect(teaser.trainings.map((t) => t.label)).toEqual([later.training.title])
    expect(teaser.vacancies.map((v) => v.label)).toContain(open.title)
    const other = feed.regions.find((region) => region.slug === world.regions.achterhoek.slug)!
    expect(other.trainings).toEqual([])
    expect(other.vacancies.map((v) => v.label)).not.toContain(open.title)
  })
})
