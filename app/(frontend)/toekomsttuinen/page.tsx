import { PilotsFinder, pilotsMetadata } from './PilotsFinder'

/** The list without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata = pilotsMetadata

export default function PilotsPage() {
  return <PilotsFinder searchParams={{}} />
}
