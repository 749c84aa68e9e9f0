import { PUBLIC_CACHE_CONTROL } from '@/lib/cacheControl'
import { noParamsAtBuild } from '@/lib/detailPage'
import { getPayload } from '@/lib/payload'
import { siteUrl } from '@/lib/seo'
import { paths } from '@/lib/urls'
import { movedFileResponse } from '@/redirects/findRedirect'
import { getWorkCard } from '@/working-methods/work-card'
import { renderWorkCardPdf } from '@/working-methods/work-card-pdf'

/** Made on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

/** GET /werkwijzen/<slug>/werkkaart.pdf: the one-page work card of a published working method. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  const payload = await getPayload()
  const card = await getWorkCard(payload, slug)
  if (!card) {
    // A printed card names the address it was printed with; after a slug change that still works.
    const moved = await movedFileResponse(payload, paths.workingMethod(slug), 'werkkaart.pdf')
    if (moved) return moved
    return new Response('Deze werkwijze bestaat niet of is niet gepubliceerd.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const pdf = await renderWorkCardPdf(card, siteUrl())
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="werkkaart-${card.slug}.pdf"`,
      'Cache-Control': PUBLIC_CACHE_CONTROL,
    },
  })
}
