import type { Metadata } from 'next'

import type { SearchParams } from '@/monitor/filters'

import { IndicatorView, indicatorMetadata } from '../IndicatorView'

/**
 * An indicator with a selection of regions or quarters in its address (`/monitor/<slug>?regio=…`,
 * which proxy.ts rewrites here): rendered per request. Search engines index the page itself.
 */
export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  return { ...(await indicatorMetadata({ params })), robots: { index: false, follow: true } }
}

export default async function FilteredIndicatorPage({ params, searchParams }: Args) {
  return <IndicatorView params={params} searchParams={await searchParams} />
}
