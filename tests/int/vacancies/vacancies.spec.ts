import { beforeAll, expect, it } from 'vitest'
import { URL_MESSAGES } from '../../../src/fields/url'

import type { User } from '../../../payload-types'
import { buildVacancyFeed } from '../../../src/feeds/vacancyFeed'
import { openVacancyWhere } from '../../../src/lib/vacancies'
import { runSearch } from '../../../src/search/query'
import { closeExpiredVacancies } from '../../../src/vacancies/closeExpired'
import { getVacancyList } from '../../../src/vacancies/getVacancyList'
import { startOfAmsterdamDay } from '../../../src/vacancies/closingDay'
import { loadVacancyData, runVacancyFinder, selectVacancies, filtersFromParams } from '../../../src/vacancies/finder'
import { parseAtom } from '../../helpers/atom'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'
import { makeVacancy, type VacancyWorld, vacancyWorld } from '../../helpers/vacancyFixtures'

const HOUR = 60 * 60 * 1000

/** The feed's entries as links, and its title. */
function atom(xml: string) {
  const feed = parseAtom(xml)
  for (const entry of feed.entries) expect(entry.link).toMatch(/^https?:\/\/.+\/vacatures\//)
  return { title: feed.title, links: feed.entries.map((e) => e.link) }
}

await describeOnEachDatabase('vacancies', (database) => {
  const portal = usePayload(database)
  let world: VacancyWorld

  beforeAll(async () => {
    world = await vacancyWorld(portal.payload)
  })

  it('the closing job closes exactly the vacancies past their closing day (Amsterdam) and they leave list, feed, search and sitemap', async () => {
    const today = await makeVacancy(portal.payload, world, { closesInDays: 0, title: 'Gezinsvoogd Sluitdag' })
    const tomorrow = await makeVacancy(portal.payload, world, { closesInDays: 1, title: 'Gezinsvoogd Morgen' })
    const later = await makeVacancy(portal.payload, world, { closesInDays: 20, title: 'Gezinsvoogd Later' })
    expect([today.vacancyStatus, tomorrow.vacancyStatus, later.vacancyStatus]).toEqual(['open', 'open', 'open'])

    // One second before the next Amsterdam day: the closing day still counts as open.
    const nextDay = startOfAmsterdamDay(new Date(Date.now() + 24 * HOUR))
    expect((await closeExpiredVacancies(portal.payload, new Date(nextDay.getTime() - 1000))).closed).toBe(0)

    // Half an hour into the next Amsterdam day: only the vacancy that closed yesterday.
    const run = await closeExpiredVacancies(portal.payload, new Date(nextDay.getTime() + HOUR / 2))
    expect(run.closed).toBe(1)
    const status = async (id: number | string) =>
      (await portal.payload.findByID({ collection: 'vacancies', id, depth: 0 })).vacancyStatus
    expect(await status(today.id)).toBe('closed')
    expect(await status(tomorrow.id)).toBe('open')
    expect(await status(later.id)).toBe('open')
    // A retried run changes nothing.
    expect((await closeExpiredVacancies(portal.payload, new Date(nextDay.getTime() + HOUR))).closed).toBe(0)

    // List and sitemap (openVacancyWhere), the finder, the feed, search: gone, now, by status.
    const { docs: listed } = await portal.payload.find({
      collection: 'vacancies',
      where: openVacancyWhere(),
      overrideAccess: false,
      limit: 100,
      depth: 0,
    })
    expect(listed.map((v) => v.id)).not.toContain(today.id)
    expect(listed.map((v) => v.id)).toEqual(expect.arrayContaining([tomorrow.id, later.id]))
    const { vacancies, taxonomies } = await loadVacancyData(portal.payload)
    expect(runVacancyFinder(vacancies, taxonomies, {}).result.items.map((v) => v.id)).not.toContain(today.id)
    // What /vacatures renders, as a visitor sees it.
    const page = (await getVacancyList({ payload: portal.payload, user: null, draft: false }, {})).result.items.map((v) => v.id)
    expect(page).not.toContain(today.id)
    expect(page).toEqual(expect.arrayContaining([tomorrow.id, later.id]))
    const feed = atom(await buildVacancyFeed(portal.payload, {}))
    expect(feed.links.some((link) => link.endsWith(`/vacatures/${today.slug}`))).toBe(false)
    expect(feed.links.some((link) => link.endsWith(`/vacatures/${later.slug}`))).toBe(true)
    const hits = (await runSearch(portal.payload, { q: 'Gezinsvoogd', filters: {}, page: 1, limit: 20 })).hits.map(
      (h) => h.url,
    )
    expect(hits).not.toContain(`/vacatures/${today.slug}`)
    expect(hits).toContain(`/vacatures/${later.slug}`)

    // The page itself: a visitor still reads it (200, not 404) and it says "gesloten".
    const detail = await portal.payload.find({
      collection: 'vacancies',
      where: { slug: { equals: today.slug } },
      overrideAccess: false,
      depth: 0,
    })
    expect(detail.docs[0]?.vacancyStatus).toBe('closed')
  })

  it('a changed closing date reopens a vacancy; an editor cannot set the status by hand', async () => {
    const vacancy = await makeVacancy(portal.payload, world, { closesInDays: 10 })
    const forced = await portal.payload.update({
      collection: 'vacancies',
      id: vacancy.id,
      data: { vacancyStatus: 'closed' },
      overrideAccess: true,
      depth: 0,
    })
    expect(forced.vacancyStatus).toBe('open')
  })

  it('refuses an unknown cao scale and an apply link with a scheme that is not allowed, in Dutch', async () => {
    const error = await makeVacancy(portal.payload, world, { caoScale: 'Schaal 99', applyUrl: 'javascript:alert(1)' }).then(
      () => null,
      (e: { data?: { errors?: { path: string; message: string }[] } }) => e,
    )
    const messages = Object.fromEntries((error?.data?.errors ?? []).map((e) => [e.path, e.message]))
    expect(messages.caoScale).toMatch(/^Kies een schaal van de cao Jeugdzorg/)
    expect(messages.applyUrl).toBe(URL_MESSAGES.scheme)
  })

  it('the finder: several values per facet, a keyword, and sort by closing date or newest; a filtered feed holds the same set', async () => {
    const a = await makeVacancy(portal.payload, world, {
      region: 'rivierenland',
      closesInDays: 40,
      hours: 36,
      title: 'Raadsonderzoeker Tiel',
      function: 'Raadsonderzoeker',
    })
    const b = await makeVacancy(portal.payload, world, {
      region: 'achterhoek',
      closesInDays: 35,
      hours: 20,
      organisation: 'b',
      postedAt: undefined,
    })
    const { vacancies, taxonomies } = await loadVacancyData(portal.payload)
    const rl = world.regions.rivierenland.slug
    const ah = world.regions.achterhoek.slug
    const ids = (params: Record<string, string | string[]>) =>
      runVacancyFinder(vacancies, taxonomies, params).result.items.map((v) => v.id)

    expect(ids({ regio: rl })).toContain(a.id)
    expect(ids({ regio: rl })).not.toContain(b.id)
    expect(ids({ regio: [rl, ah] })).toEqual(expect.arrayContaining([a.id, b.id]))
    expect(ids({ regio: [rl, ah], uren: 'tot-24' })).toEqual([b.id])
    expect(ids({ q: 'raadsonderzoeker' })).toEqual([a.id])
    expect(ids({ organisatie: world.organisations.b.slug })).toEqual([b.id])
    const byClosing = runVacancyFinder(vacancies, taxonomies, { sorteer: 'sluitingsdatum' }).result.items
    expect(byClosing.map((v) => v.closingDate)).toEqual([...byClosing.map((v) => v.closingDate)].sort())

    for (const params of [{ regio: rl }, { regio: [rl, ah], uren: '32-plus' }, { q: 'tiel' }, {}]) {
      const finder = selectVacancies(vacancies, taxonomies, filtersFromParams(params), 'nieuwste')
      const feed = atom(await buildVacancyFeed(portal.payload, params))
      expect(feed.links.map((link) => link.replace(/^.*\/vacatures\//, '')).sort()).toEqual(
        finder.map((v) => v.slug).sort(),
      )
    }
    expect(atom(await buildVacancyFeed(portal.payload, { regio: rl })).title).toMatch(/^Vacatures in Rivierenland/)
  })

  it('a werver cannot publish a vacancy for another organisation', async () => {
    const werver = (await portal.payload.create({
      collection: 'users',
      data: {
        email: `werver-${Date.now()}@example.org`,
        password: 'een-lang-testwachtwoord',
        role: 'werver',
        name: 'Werver',
        organisation: world.organisations.a.id,
      } as never,
      overrideAccess: true,
    })) as User
    const attempt = (organisation?: number | string) =>
      portal.payload.create({
        collection: 'vacancies',
        overrideAccess: false,
        user: werver,
        depth: 0,
        data: {
          title: 'Poging bij een ander',
          ...(organisation === undefined ? {} : { organisation }),
          function: 'Jeugdbeschermer',
          hoursMin: 32,
          caoScale: 'schaal 9',
          closingDate: new Date(Date.now() + 20 * 24 * HOUR).toISOString(),
          howToApply: 'Mail ons.',
          _status: 'published',
        } as never,
      })
    // Another organisation is refused with a Dutch message; left empty, it is their own.
    const forged = await attempt(world.organisations.b.id).then(
      () => null,
      (e: { status?: number; message?: string }) => e,
    )
    expect(forged?.status).toBe(400)
    expect(forged?.message).toMatch(/uw eigen organisatie/)
    const created = await attempt()
    expect(created.organisation).toBe(world.organisations.a.id)
    const theirs = await makeVacancy(portal.payload, world, { organisation: 'b' })
    const refused = await portal.payload
      .update({
        collection: 'vacancies',
        id: theirs.id,
        data: { title: 'Gekaapt' },
        overrideAccess: false,
        user: werver,
        depth: 0,
      })
      .then(
        () => null,
        (e: { status?: number }) => e,
      )
    expect([403, 404]).toContain(refused?.status)
  })
})
