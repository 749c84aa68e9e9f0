import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { LiveText } from '../live-preview/LiveText'
import { ExampleNotice } from './ExampleNotice'

type Props = { title: string; summary?: string | null; isExample?: boolean | null; kicker?: ReactNode }

export async function PageTitle({ title, summary, isExample, kicker }: Props) {
  // In an editor's preview the title and summary follow the typing in the admin; visitors get
  // plain text and none of the preview's code.
  const live = (await draftMode()).isEnabled
  return (
    <header className="page-title">
      {kicker ? <p className="page-title__kicker">{kicker}</p> : null}
      <h1 className="utrecht-heading-1">{live ? <LiveText field="title">{title}</LiveText> : title}</h1>
      {summary ? (
        <p className="utrecht-paragraph utrecht-paragraph--lead">{live ? <LiveText field="summary">{summary}</LiveText> : summary}</p>
      ) : null}
      <ExampleNotice isExample={isExample} />
    </header>
  )
}
