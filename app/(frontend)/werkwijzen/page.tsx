import { WorkingMethodsFinder, workingMethodsMetadata } from './WorkingMethodsFinder'

/** The list without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata = workingMethodsMetadata

export default function WorkingMethodsPage() {
  return <WorkingMethodsFinder searchParams={{}} />
}
