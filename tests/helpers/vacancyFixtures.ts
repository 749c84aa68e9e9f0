import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll } from 'vitest'

import type { Vacancy } from '../../payload-types'
import type { Viewer } from '../../src/lib/viewer'
import { amsterdamDay } from '../../src/vacancies/closingDay'
import type { TestDatabase } from './databases'
import { usePortal } from './usePortal'

const DAY = 24 * 60 * 60 * 1000

/** A date-only value as the admin stores it: noon UTC of the Amsterdam day `days` from `now`. */
export const dayFromNow = (days: number, now = new Date()) =>
  `${amsterdamDay(new Date(now.getTime() + days * DAY))}T12:00:00.000Z`

export type VacancyWorld = {
  regions: { rivierenland: Region; achterhoek: Region }
  organisations: { a: Org; b: Org }
}
type Region = { id: number | string; slug: string }
type Org = { id: number | string; slug: string }

export async function vacancyWorld(payload: Payload): Promise<VacancyWorld> {
  const tag = crypto.randomBytes(3).toString('hex')
  const make = async (collection: 'regions' | 'organisations', data: Record<string, unknown>) =>
    (await payload.create({
      collection,
      data: { ...data, _status: 'published' } as never,
      overrideAccess: true,
      depth: 0,
    })) as unknown as { id: number | string; slug: string }
  return {
    regions: {
      rivierenland: await make('regions', {
        title: 'Rivierenland',
        slug: `rivierenland-${tag}`,
        municipalities: ['Tiel'],
      }),
      achterhoek: await make('regions', {
        title: 'Achterhoek',
        slug: `achterhoek-${tag}`,
        municipalities: ['Winterswijk'],
      }),
    },
    organisations: {
      a: await make('organisations', { title: `Jeugdbescherming Test ${tag}`, type: 'gi' }),
      b: await make('organisations', { title: `Veilig Thuis Test ${tag}`, type: 'veilig-thuis' }),
    },
  }
}

/**
 * The fields a published vacancy of `organisation` needs, posted at `posted` and closing
 * `closesInDays` later (a negative number: before it was posted).
 */
export const vacancyData = (organisation: number | string, { posted = new Date(), closesInDays = 7 } = {}) => ({
  title: 'Jeugdbeschermer',
  organisation,
  function: 'Jeugdbeschermer',
  hoursMin: 32,
  caoScale: 'Schaal 9',
  howToApply: 'Mail uw brief.',
  postedAt: posted.toISOString(),
  closingDate: new Date(posted.getTime() + closesInDays * 86_400_000).toISOString(),
  _status: 'published' as const,
})

let counter = 0

export async function makeVacancy(
  payload: Payload,
  world: VacancyWorld,
  {
    region = 'rivierenland',
    closesInDays = 30,
    organisation = 'a',
    hours = 32,
    ...extra
  }: {
    region?: keyof VacancyWorld['regions']
    closesInDays?: number
    organisation?: 'a' | 'b'
    hours?: number
  } & Record<string, unknown> = {},
): Promise<Vacancy> {
  counter += 1
  return (await payload.create({
    collection: 'vacancies',
    overrideAccess: true,
    depth: 0,
    data: {
      title: `Jeugdbeschermer ${region} ${counter}`,
      organisation: world.organisations[organisation].id,
      regions: [world.regions[region].id],
      function: 'Jeugdbeschermer',
      placeOfWork: 'Tiel',
      hoursMin: hours,
      caoScale: 'Schaal 9',
      postedAt: dayFromNow(-5),
      closingDate: dayFromNow(closesInDays),
      howToApply: 'Mail uw brief.',
      applyEmail: 'werken-bij@example.org',
      _status: 'published',
      ...extra,
    } as never,
  })) as Vacancy
}

/**
 * A portal on `database` with the two regions and organisations of `vacancyWorld`, and an
 * anonymous visitor's view of it, for the specs of what the pages read (filled in by beforeAll).
 */
export function useVacancyWorld(database: TestDatabase) {
  const portal = usePortal(database)
  const state: { world?: VacancyWorld; visitor?: Viewer } = {}
  beforeAll(async () => {
    state.world = await vacancyWorld(portal.payload)
    state.visitor = { payload: portal.payload, user: null, draft: false }
  })
  return { portal, world: () => state.world!, visitor: () => state.visitor! }
}
