import { Feed } from 'feed'

import { isBuildPhase } from '@/lib/cache'
import { PUBLIC_CACHE_CONTROL } from '@/lib/cacheControl'
import { listDocuments } from '@/lib/content'
import { siteUrl } from '@/lib/seo'
import { openVacancyWhere } from '@/lib/vacancies'
import { getPayload } from '@/lib/payload'
import { paths } from '@/lib/urls'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). Route handlers are
 * rendered per request unless they say otherwise; this one reads nothing of the request. */
export const dynamic = 'force-static'
export const revalidate = 30

/** RSS of the open vacancies, newest first; only published ones, as any visitor sees them. */
export async function GET() {
  if (isBuildPhase()) return new Response(null, { status: 204 }) // the build reads no content
  const vacancies = await listDocuments({ payload: await getPayload(), user: null, draft: false }, 'vacancies', {
    where: openVacancyWhere(),
    sort: '-postedAt',
    depth: 1,
    limit: 100,
  })
  const base = siteUrl()
  const feed = new Feed({
    title: 'Vacatures – Kennisportaal Jeugdbescherming Gelderland',
    description: 'Open vacatures bij de Gelderse partners in de jeugdbescherming.',
    id: `${base}/vacatures`,
    link: `${base}/vacatures`,
    language: 'nl',
    copyright: 'Partners Gelderse Verbeteragenda Jeugdbescherming',
    updated: vacancies[0] ? new Date(vacancies[0].updatedAt) : new Date(0),
  })
  for (const vacancy of vacancies) {
    const organisation = typeof vacancy.organisation === 'object' ? vacancy.organisation?.title : undefined
    feed.addItem({
      title: organisation ? `${vacancy.title} (${organisation})` : vacancy.title,
      id: `${base}${paths.vacancy(vacancy.slug)}`,
      link: `${base}${paths.vacancy(vacancy.slug)}`,
      description: vacancy.summary ?? undefined,
      date: new Date(vacancy.postedAt),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL },
  })
}
