import { noParamsAtBuild } from '@/lib/detailPage'

import { trainingMetadata, TrainingView } from './TrainingView'

/**
 * /scholing/<slug>, cached like the other detail pages: a registration changes the places left and
 * drops the cached pages (src/plugins/revalidateContent.ts), and the registration's outcome is shown
 * by ./uitkomst/page.tsx, rendered per request.
 */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild
export const generateMetadata = trainingMetadata

export default function TrainingPage({ params }: { params: Promise<{ slug: string }> }) {
  return <TrainingView params={params} />
}
