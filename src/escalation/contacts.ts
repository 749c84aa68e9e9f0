import type { Payload } from 'payload'

import type { Region } from '../../payload-types'

export type ContactPoint = NonNullable<Region['contactPoints']>[number]

export type EscalationContacts = {
  region: { slug: string; title: string }
  /** Who to call about stalled cooperation in this region. */
  escalation: ContactPoint | null
  /** The Regionaal Expertteam: where a case goes when every level was tried. */
  expertTeam: ContactPoint | null
}

export type RegionOption = { slug: string; title: string }

/** The published regions, for the guide's region choice. */
export async function listRegionOptions(payload: Payload): Promise<RegionOption[]> {
  const { docs } = await payload.find({
    collection: 'regions',
    overrideAccess: false,
    user: null,
    depth: 0,
    limit: 20,
    sort: 'title',
    select: { title: true, slug: true },
  })
  return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, title: doc.title }] : []))
}

/** The contacts the guide names for a chosen region; null when there is no such published region. */
export async function getEscalationContacts(
  payload: Payload,
  slug: string | undefined,
): Promise<EscalationContacts | null> {
  if (!slug) return null
  const { docs } = await payload.find({
    collection: 'regions',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    user: null,
    depth: 0,
    limit: 1,
    select: { title: true, slug: true, contactPoints: true },
  })
  const region = docs[0]
  if (!region?.slug) return null
  const find = (kind: ContactPoint['kind']) => region.contactPoints?.find((point) => point.kind === kind) ?? null
  return { region: { slug: region.slug, title: region.title }, escalation: find('escalatie'), expertTeam: find('ret') }
}
