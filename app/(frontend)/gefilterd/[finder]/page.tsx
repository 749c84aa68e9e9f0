import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import type { SearchParams } from '@/lib/finder'

import { MonitorOverview, monitorMetadata } from '../../monitor/MonitorOverview'
import { TrainingsFinder, trainingsMetadata } from '../../scholing/TrainingsFinder'
import { PilotsFinder, pilotsMetadata } from '../../toekomsttuinen/PilotsFinder'
import { VacanciesFinder, vacanciesMetadata } from '../../vacatures/VacanciesFinder'
import { WorkingMethodsFinder, workingMethodsMetadata } from '../../werkwijzen/WorkingMethodsFinder'

/**
 * A finder with filters in its address: proxy.ts rewrites `/vacatures?organisatie=…` to
 * `/gefilterd/vacatures?organisatie=…` (src/lib/cacheControl.ts), so only these views are rendered
 * per request while the list without filters comes from the full-route cache.
 */
export const dynamic = 'force-dynamic'

type FilteredFinder = {
  metadata: (searchParams: SearchParams) => Metadata
  render: (searchParams: SearchParams) => ReactNode
}

const FINDERS: Record<string, FilteredFinder> = {
  werkwijzen: { metadata: () => workingMethodsMetadata, render: (params) => <WorkingMethodsFinder searchParams={params} /> },
  vacatures: { metadata: vacanciesMetadata, render: (params) => <VacanciesFinder searchParams={params} /> },
  scholing: { metadata: () => trainingsMetadata, render: (params) => <TrainingsFinder searchParams={params} /> },
  toekomsttuinen: { metadata: () => pilotsMetadata, render: (params) => <PilotsFinder searchParams={params} /> },
  monitor: { metadata: () => monitorMetadata, render: (params) => <MonitorOverview searchParams={params} /> },
}

type Args = { params: Promise<{ finder: string }>; searchParams: Promise<SearchParams> }

function finderOf(name: string): FilteredFinder {
  const finder = Object.hasOwn(FINDERS, name) ? FINDERS[name] : undefined
  if (!finder) notFound()
  return finder
}

export async function generateMetadata({ params, searchParams }: Args): Promise<Metadata> {
  const finder = finderOf((await params).finder)
  // A filtered view is a variation of the list: search engines index the list itself.
  return { ...finder.metadata(await searchParams), robots: { index: false, follow: true } }
}

export default async function FilteredFinderPage({ params, searchParams }: Args) {
  return finderOf((await params).finder).render(await searchParams)
}
