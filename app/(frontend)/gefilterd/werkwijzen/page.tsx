import type { Metadata } from 'next'

import { type SearchParams } from '@/lib/finder'
import { pageMetadata } from '@/lib/seo'

import { WorkingMethodsFinder } from '../../werkwijzen/WorkingMethodsFinder'

/** /werkwijzen with filters (proxy.ts rewrites it here): rendered per request. */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Werkwijzen',
    description: 'De gedeelde werkwijzen van de Gelderse jeugdbescherming: wie doet wat, binnen welke termijn.',
    path: '/werkwijzen',
  }),
  robots: { index: false, follow: true },
}

export default async function FilteredWorkingMethodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <WorkingMethodsFinder searchParams={await searchParams} />
}
