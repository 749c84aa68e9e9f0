import type { BuildingBlock, Region } from '../../payload-types'
import { listDocuments, listFields } from '../lib/content'
import { idOf } from '../lib/finder'
import { loadGlossary } from '../lib/glossary'
import { openVacancyWhere } from '../lib/vacancies'
import type { Viewer } from '../lib/viewer'

type BlockProgress = NonNullable<BuildingBlock['progress']>[number]

/** What the region page shows of a building block: its name and link, and the progress rows. */
const BLOCK_FIELDS = ['number', 'title', 'slug', 'progress'] as const
type ProgressBlock = Pick<BuildingBlock, (typeof BLOCK_FIELDS)[number] | 'id'>

/** What the region page shows of a local agreement (not its building blocks or partners). */
const AGREEMENT_FIELDS = ['title', 'slug', 'isExample', 'validFrom', 'validUntil', 'municipalities', 'summary', 'body'] as const

/** Where one region stands on each building block, in the blocks' order. */
export function regionProgress(blocks: ProgressBlock[], regionId: number | string) {
  return blocks.flatMap((block) =>
    (block.progress ?? [])
      .filter((row: BlockProgress) => idOf(row.region) === String(regionId))
      .map((row: BlockProgress) => ({ block, status: row.status, note: row.note })),
  )
}

/** First start of each training's sessions (sessions come soonest first), by training id. */
export function nextSessionByTraining(sessions: { training: unknown; startsAt: string }[]): Map<string, string> {
  const next = new Map<string, string>()
  for (const session of sessions) {
    const training = idOf(session.training)
    if (training && !next.has(training)) next.set(training, session.startsAt)
  }
  return next
}

/**
 * Everything a region page shows besides the region itself and its monitor figures
 * (src/monitor/getRegionKpis.ts): organisations, local agreements, toekomsttuinen, progress on the
 * building blocks, trainings with their next session, open vacancies and the glossary. Sessions
 * are read for this region's trainings only.
 */
export async function getRegionOverview(viewer: Viewer, region: { id: Region['id'] | string }, now = new Date()) {
  const inRegion = { region: { equals: region.id } }
  const [organisations, agreements, pilots, blocks, trainings, vacancies, glossary] = await Promise.all([
    listDocuments(viewer, 'organisations', { where: { regions: { in: [region.id] } }, sort: 'title' }),
    // Depth 1 for the links in the agreement's text; only the fields the page shows.
    listFields(viewer, 'local-agreements', AGREEMENT_FIELDS, { where: inRegion, sort: 'title', depth: 1 }),
    listDocuments(viewer, 'pilots', { where: inRegion, sort: 'title' }),
    listFields(viewer, 'building-blocks', BLOCK_FIELDS, { sort: 'number' }),
    listDocuments(viewer, 'trainings', { where: { regions: { in: [region.id] } }, sort: 'title' }),
    listDocuments(viewer, 'vacancies', { where: { and: [{ regions: { in: [region.id] } }, openVacancyWhere(now)] }, sort: 'closingDate' }),
    loadGlossary(viewer.payload),
  ])
  const sessions = trainings.length
    ? await listDocuments(viewer, 'training-sessions', {
        where: {
          and: [
            { training: { in: trainings.map((training) => training.id) } },
            { startsAt: { greater_than_equal: now.toISOString() } },
            { status: { equals: 'scheduled' } },
          ],
        },
        sort: 'startsAt',
      })
    : []
  return {
    organisations,
    agreements,
    pilots,
    progress: regionProgress(blocks, region.id),
    trainings,
    nextSession: nextSessionByTraining(sessions),
    vacancies,
    glossary,
  }
}
