import type { Metadata } from 'next'

import type { SearchParams } from '@/lib/finder'
import { chosenRegionSlug } from '@/lib/regionChoice'

import { EscalationModelView, escalationModelMetadata } from '../EscalationModelView'

/**
 * /escalatiemodel with a step of the guide in its address (proxy.ts rewrites those here): rendered
 * per request, with the contacts of the region the visitor chose. Search engines index the model.
 */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...escalationModelMetadata, robots: { index: false, follow: true } }

export default async function EscalationGuidePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <EscalationModelView params={await searchParams} chosenRegion={await chosenRegionSlug()} />
}
