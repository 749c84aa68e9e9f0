import type { LocalAgreement, Region, Training, TrainingSession, Vacancy } from '../../payload-types'
import type { LinkItem } from '../components/content/LinkList'
import { listDocuments } from '../lib/content'
import { formatDate } from '../lib/dates'
import { idOf, idsOf } from '../lib/finder'
import { paths } from '../lib/urls'
import { openVacancyWhere } from '../lib/vacancies'
import type { Viewer } from '../lib/viewer'
import { regionInText } from '../regions/region-in-text'

/** What the home page shows of one region once a visitor chose it (client side, see ChosenRegion). */
export type RegionTeaser = {
  slug: string
  title: string
  /** "Alles over de Achterhoek: …" */
  inText: string
  href: string
  agreements: LinkItem[]
  trainings: LinkItem[]
  vacancies: LinkItem[]
}

export type UpcomingTraining = { id: number | string; title: string; href: string; startsAt: string }

export type HomeFeed = {
  blockLinks: { id: number | string; number: number | null | undefined; title: string; summary?: string | null; href: string }[]
  /** The next four trainings with a session ahead, soonest first. */
  upcoming: UpcomingTraining[]
  /** The four newest open vacancies. */
  vacancies: { id: number | string; title: string; href: string; closingDate: string }[]
  regions: RegionTeaser[]
}

/** How many items each list on the home page shows. */
export const HOME_LIST_SIZE = 4
const AGREEMENTS_PER_REGION = 5
/** Upper bounds on what one (cached) render of the home page reads. */
const MAX_SESSIONS = 200
const MAX_VACANCIES = 50

type SessionWithTraining = TrainingSession & { training: Training | number | string | null }

/**
 * Everything the home page renders, in five bounded queries: published building blocks, regions,
 * the local agreements (five per region), the upcoming sessions with their training (not every
 * training), and the newest open vacancies. The same for every visitor: the chosen region is
 * picked from `regions` in the browser, so the page stays in the full-route cache.
 */
export async function getHomeFeed(viewer: Viewer, now = new Date()): Promise<HomeFeed> {
  const [blocks, regions, agreements, sessions, vacancies] = await Promise.all([
    listDocuments(viewer, 'building-blocks', { sort: 'number' }),
    listDocuments(viewer, 'regions', { sort: 'title' }),
    listDocuments(viewer, 'local-agreements', { sort: 'title' }),
    listDocuments(viewer, 'training-sessions', {
      where: { and: [{ startsAt: { greater_than_equal: now.toISOString() } }, { status: { equals: 'scheduled' } }] },
      sort: 'startsAt',
      depth: 1,
      limit: MAX_SESSIONS,
    }) as Promise<SessionWithTraining[]>,
    listDocuments(viewer, 'vacancies', { where: openVacancyWhere(now), sort: '-postedAt', limit: MAX_VACANCIES }),
  ])
  const upcomingWithRegions = firstSessionPerTraining(sessions)
  return {
    blockLinks: blocks.map((block) => ({
      id: block.id,
      number: block.number,
      title: block.title,
      summary: block.summary,
      href: paths.buildingBlock(block.slug),
    })),
    upcoming: upcomingWithRegions.slice(0, HOME_LIST_SIZE).map(({ regions: _regions, ...item }) => item),
    vacancies: vacancies.slice(0, HOME_LIST_SIZE).map((vacancy) => vacancyLink(vacancy)),
    regions: regions
      .filter((region): region is Region & { slug: string } => Boolean(region.slug))
      .map((region) => regionTeaser(region, agreements, upcomingWithRegions, vacancies)),
  }
}

type UpcomingWithRegions = UpcomingTraining & { regions: string[] }

/** Sessions come soonest first; the first one of each published training is its next date. */
export function firstSessionPerTraining(sessions: SessionWithTraining[]): UpcomingWithRegions[] {
  const seen = new Set<string>()
  const result: UpcomingWithRegions[] = []
  for (const session of sessions) {
    const training = session.training
    // Not an object: the training is not published (access kept it out of the population).
    if (!training || typeof training !== 'object' || !training.slug) continue
    const id = String(training.id)
    if (seen.has(id)) continue
    seen.add(id)
    result.push({ id: training.id, title: training.title, href: paths.training(training.slug), startsAt: session.startsAt, regions: idsOf(training.regions) })
  }
  return result
}

const vacancyLink = (vacancy: Vacancy) => ({ id: vacancy.id, title: vacancy.title, href: paths.vacancy(vacancy.slug), closingDate: vacancy.closingDate })

function regionTeaser(
  region: Region & { slug: string },
  agreements: LocalAgreement[],
  upcoming: UpcomingWithRegions[],
  vacancies: Vacancy[],
): RegionTeaser {
  const id = String(region.id)
  return {
    slug: region.slug,
    title: region.title,
    inText: regionInText(region.title),
    href: paths.region(region.slug),
    agreements: agreements
      .filter((agreement) => idOf(agreement.region) === id)
      .slice(0, AGREEMENTS_PER_REGION)
      .map((agreement) => ({ href: paths.regionAgreement(region.slug, agreement.slug), label: agreement.title })),
    trainings: upcoming
      .filter((item) => item.regions.includes(id))
      .slice(0, HOME_LIST_SIZE)
      .map((item) => ({ href: item.href, label: item.title, meta: formatDate(item.startsAt) })),
    vacancies: vacancies
      .filter((vacancy) => idsOf(vacancy.regions).includes(id))
      .slice(0, HOME_LIST_SIZE)
      .map((vacancy) => ({ href: paths.vacancy(vacancy.slug), label: vacancy.title, meta: `sluit ${formatDate(vacancy.closingDate)}` })),
  }
}
