import { DocumentHeader } from '@/components/content/PageHeader'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { SourcesList } from '@/components/content/SourcesList'
import { RichText } from '@/components/rich-text/RichText'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { detailMetadata, loadDetail, noParamsAtBuild } from '@/lib/detailPage'
import { paths } from '@/lib/urls'
import { FeedbackForm } from '@/components/feedback/FeedbackForm'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

export const generateMetadata = detailMetadata('pages', (page) => ({ title: page.title, description: page.summary }))

export default async function ContentPage({ params }: Args) {
  const { viewer, doc: page } = await loadDetail('pages', { params })
  const glossary = buildGlossaryMatcher(await loadGlossary(viewer.payload))
  return (
    <article>
      <DocumentHeader doc={page} />
      <RichText data={page.body} glossary={glossary} />
      <SourcesList sources={page.sources} />
      <ReviewInfo lastReviewedAt={page.lastReviewedAt} nextReviewDue={page.nextReviewDue} changeNotes={page.changeNotes} />
      <FeedbackForm target="pages" slug={page.slug} />
    </article>
  )
}
