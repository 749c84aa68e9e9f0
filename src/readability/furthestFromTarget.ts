import type { Payload, PayloadRequest, Where } from 'payload'

import { adminPath } from '../lib/urls'

import { isLevel, type Level, type TargetLevel } from './levels'
import { isScoredCollection, READABILITY_TARGETS } from './targets'

export type FarFromTarget = {
  collection: string
  /** The content type's name, for the list ("Pagina"). */
  label: string
  id: number | string
  title: string
  score: number
  level: Level | null
  target: TargetLevel
  distance: number
  adminPath: string
}

export type FindFarFromTargetOptions = {
  /** The editor's request: the list holds only what this user may read and change. */
  req: PayloadRequest
  limit?: number
}

const labelOf = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' && 'nl' in label ? String((label as { nl: string }).nl) : fallback

/**
 * The texts furthest from their language-level target, as the editor will find them in the admin:
 * the latest version (draft or published) of each document this user may read and may change,
 * largest distance first. Reads with the user's access (overrideAccess: false), so a regional
 * editor sees their own region and a trainer their own trainings.
 */
export async function findFurthestFromTarget(payload: Payload, { req, limit = 10 }: FindFarFromTargetOptions): Promise<FarFromTarget[]> {
  if (!req.user) return []
  const items: FarFromTarget[] = []
  for (const collection of payload.config.collections) {
    if (!isScoredCollection(collection.slug)) continue
    // Only what the editor can do something about: the collection's update rule narrows the list.
    const update = await collection.access.update?.({ req })
    if (!update) continue
    const conditions: Where[] = [{ 'readability.distance': { greater_than: 0 } }]
    if (update !== true) conditions.push(update as Where)
    const { docs } = await payload.find({
      collection: collection.slug,
      where: { and: conditions },
      sort: '-readability.distance',
      draft: true,
      depth: 0,
      limit,
      select: { title: true, readability: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs as { id: number | string; title?: string | null; readability?: Record<string, unknown> | null }[]) {
      const readability = doc.readability ?? {}
      items.push({
        collection: collection.slug,
        label: labelOf(collection.labels?.singular, collection.slug),
        id: doc.id,
        title: doc.title || String(doc.id),
        score: Number(readability.score ?? 0),
        level: isLevel(readability.level) ? readability.level : null,
        target: READABILITY_TARGETS[collection.slug],
        distance: Number(readability.distance ?? 0),
        adminPath: adminPath({ collection: collection.slug, id: doc.id }),
      })
    }
  }
  return items.sort((a, b) => b.distance - a.distance || a.title.localeCompare(b.title, 'nl')).slice(0, limit)
}
