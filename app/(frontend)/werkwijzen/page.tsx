import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/seo'

import { WorkingMethodsFinder } from './WorkingMethodsFinder'

/** The list without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'Werkwijzen',
  description: 'De gedeelde werkwijzen van de Gelderse jeugdbescherming: wie doet wat, binnen welke termijn.',
  path: '/werkwijzen',
})

export default function WorkingMethodsPage() {
  return <WorkingMethodsFinder searchParams={{}} />
}
