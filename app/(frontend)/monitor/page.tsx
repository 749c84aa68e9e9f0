import { MonitorOverview, monitorMetadata } from './MonitorOverview'

/** The overview without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata = monitorMetadata

export default function MonitorPage() {
  return <MonitorOverview searchParams={{}} />
}
