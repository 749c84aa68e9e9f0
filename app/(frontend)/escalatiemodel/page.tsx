import { EscalationModelView, escalationModelMetadata } from './EscalationModelView'

/** /escalatiemodel from the cache; a step of its guide: ./wegwijzer/page.tsx. */
export const revalidate = 30
export const metadata = escalationModelMetadata

export default function EscalationModelPage() {
  return <EscalationModelView />
}
