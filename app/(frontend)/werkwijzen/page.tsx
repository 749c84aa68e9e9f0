import type { Metadata } from 'next'

import { feedPath } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo'

import { WorkingMethodsFinder } from './WorkingMethodsFinder'

/** The list without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

const basics = pageMetadata({
  title: 'Werkwijzen',
  description: 'De gedeelde werkwijzen van de Gelderse jeugdbescherming: wie doet wat, binnen welke termijn.',
  path: '/werkwijzen',
})
export const metadata: Metadata = {
  ...basics,
  alternates: {
    ...basics.alternates,
    types: { 'application/atom+xml': [{ url: feedPath('werkwijzen'), title: 'Werkwijzen, wijzigingen (Atom)' }] },
  },
}

export default function WorkingMethodsPage() {
  return <WorkingMethodsFinder searchParams={{}} />
}
