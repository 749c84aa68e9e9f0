import type { Metadata } from 'next'

import type { SearchParams } from '@/lib/finder'

import { trainingMetadata, TrainingView } from '../TrainingView'

/**
 * The training page with the outcome of a registration (`/scholing/<slug>?inschrijving=…`, which
 * proxy.ts rewrites here): about one person, so rendered per request and never stored.
 */
export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata(args: Args): Promise<Metadata> {
  return { ...(await trainingMetadata(args)), robots: { index: false, follow: true } }
}

export default async function TrainingOutcomePage({ params, searchParams }: Args) {
  return <TrainingView params={params} searchParams={await searchParams} />
}
