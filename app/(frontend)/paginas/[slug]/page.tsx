import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageTitle } from '@/components/content/PageTitle'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { SourcesList } from '@/components/content/SourcesList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/rich-text/RichText'
import { findBySlug } from '@/lib/content'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const { slug } = await params
  const page = await findBySlug(await getViewer(), 'pages', slug, 0)
  if (!page) return { title: 'Niet gevonden' }
  return pageMetadata({ title: page.title, description: page.summary, path: `/paginas/${slug}` })
}

export default async function ContentPage({ params }: Args) {
  const { slug } = await params
  const viewer = await getViewer()
  const page = await findBySlug(viewer, 'pages', slug, 1)
  if (!page) notFound()
  const glossary = buildGlossaryMatcher(await loadGlossary(viewer.payload))
  return (
    <article>
      <Breadcrumbs items={[{ label: page.title }]} />
      <PageTitle title={page.title} summary={page.summary} isExample={page.isExample} />
      <RichText data={page.body} glossary={glossary} />
      <SourcesList sources={page.sources} />
      <ReviewInfo lastReviewedAt={page.lastReviewedAt} nextReviewDue={page.nextReviewDue} changeNotes={page.changeNotes} />
    </article>
  )
}
