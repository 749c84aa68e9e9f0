import { getPayload } from '@/lib/payload'
import { siteUrl } from '@/lib/seo'
import { getWorkCard } from '@/working-methods/work-card'
import { renderWorkCardPdf } from '@/working-methods/work-card-pdf'

export const dynamic = 'force-dynamic'

/** GET /werkwijzen/<slug>/werkkaart.pdf: the one-page work card of a published working method. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  const card = await getWorkCard(await getPayload(), slug)
  if (!card) {
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
      'Cache-Control': 'public, max-age=300',
    },
  })
}
