import type { Payload } from 'payload'

import { listDocuments, loadTaxonomies } from '../lib/content'
import { formatDateTime } from '../lib/dates'
import { runFinder, type SearchParams } from '../lib/finder'
import { upcomingSessionsByTraining } from '../lib/trainings'
import { feedPath } from '../lib/urls'
import { trainingFacets } from '../trainings/finder'
import { type FeedEntry, MAX_FEED_ENTRIES, renderAtom } from './atom'

/**
 * The Atom feed of one /scholing view (same URL parameters): each published training once, dated
 * by its latest change or newest upcoming session, so a new session brings it back to the top.
 */
export async function buildTrainingFeed(payload: Payload, params: SearchParams, now = new Date()): Promise<string> {
  const viewer = { payload, user: null, draft: false }
  const [trainings, taxonomies, sessions] = await Promise.all([
    listDocuments(viewer, 'trainings', { sort: 'title' }),
    loadTaxonomies(viewer),
    upcomingSessionsByTraining(viewer, now),
  ])
  const result = runFinder({
    docs: trainings,
    facets: trainingFacets(taxonomies, sessions),
    searchParams: params,
    basePath: '/scholing',
    perPage: MAX_FEED_ENTRIES,
  })
  const query = result.query ?? ''
  const entries = result.items.map((training): FeedEntry => {
    const upcoming = sessions.get(String(training.id)) ?? []
    const changed = Math.max(
      new Date(training.updatedAt).getTime(),
      ...upcoming.map((session) => new Date(session.createdAt).getTime()),
    )
    const next = upcoming[0]
    const path = `/scholing/${training.slug}`
    return {
      idPath: path,
      path,
      title: training.title,
      summary: [
        training.summary,
        next ? `Eerstvolgende sessie: ${formatDateTime(next.startsAt)}.` : 'Nog geen sessie gepland.',
      ]
        .filter(Boolean)
        .join(' '),
      updated: new Date(changed),
      published: new Date(training.createdAt),
    }
  })
  const chosen = result.active.map((filter) => filter.valueLabel)
  return renderAtom({
    title: chosen.length ? `Scholing: ${chosen.join(', ')}` : 'Scholing',
    description: 'Trainingen voor professionals in de Gelderse jeugdbescherming.',
    pagePath: `/scholing${query ? `?${query}` : ''}`,
    feedPath: feedPath('scholing', query),
    entries,
  })
}
