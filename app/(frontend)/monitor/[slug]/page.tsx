import { noParamsAtBuild } from '@/lib/detailPage'

import { IndicatorView, indicatorMetadata } from './IndicatorView'

/**
 * /monitor/<slug>, cached like the other detail pages and dropped on every publish or import of
 * figures (src/plugins/revalidateContent.ts). A selection in the address (?regio=…&van=…&tot=…) is
 * rewritten by proxy.ts to ./gefilterd/page.tsx, rendered per request.
 */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild
export const generateMetadata = indicatorMetadata

export default function IndicatorPage({ params }: { params: Promise<{ slug: string }> }) {
  return <IndicatorView params={params} />
}
