import { expect, it } from 'vitest'

import { getHomeFeed } from '../../../src/home/getHomeFeed'
import { paths } from '../../../src/lib/urls'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { createSession, trainingInRegion } from '../../helpers/registrationFixtures'
import { makeVacancy, useVacancyWorld } from '../../helpers/vacancyFixtures'

await describeOnEachDatabase('what the home page gets,', (database) => {
  const { portal, world, visitor } = useVacancyWorld(database)

  it('home: the next trainings by their soonest session, published ones only, and each region’s own lists', async () => {
    const river = world().regions.rivierenland
    const later = await createSession(portal.payload, { closesInDays: 0, startsInDays: 20 })
    const sooner = await createSession(portal.payload, { closesInDays: 0, startsInDays: 3 })
    const hidden = await createSession(portal.payload, { closesInDays: 0, startsInDays: 1, published: false })
    await trainingInRegion(portal.payload, later.training.id, river.id)
    // A second, later session of the sooner training does not list it twice.
    await createSession(portal.payload, { closesInDays: 0, startsInDays: 30, slug: `${sooner.training.slug}-x` })
    const open = await makeVacancy(portal.payload, world(), { region: 'rivierenland', _status: 'published' })
    const draft = await makeVacancy(portal.payload, world(), { region: 'rivierenland', _status: 'draft' })

    const feed = await getHomeFeed(visitor())
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
    const other = feed.regions.find((region) => region.slug === world().regions.achterhoek.slug)!
    expect(other.trainings).toEqual([])
    expect(other.vacancies.map((v) => v.label)).not.toContain(open.title)
  })
})
