import type { ComponentProps } from 'react'

import { FeedbackForm } from '@/components/feedback/FeedbackForm'

import { ReviewInfo } from './ReviewInfo'
import { SourcesList } from './SourcesList'

type Props = {
  /** A text of the portal: what it rests on and when it was last checked. */
  doc: ComponentProps<typeof SourcesList> & ComponentProps<typeof ReviewInfo>
  /** Where the "Was this page useful?" answer goes. */
  feedback: ComponentProps<typeof FeedbackForm>
}

/** What ends every text of the portal: its sources, its review dates and changes, and the feedback form. */
export function TextFooter({ doc, feedback }: Props) {
  return (
    <>
      <SourcesList sources={doc.sources} />
      <ReviewInfo lastReviewedAt={doc.lastReviewedAt} nextReviewDue={doc.nextReviewDue} changeNotes={doc.changeNotes} />
      <FeedbackForm target={feedback.target} slug={feedback.slug} />
    </>
  )
}
