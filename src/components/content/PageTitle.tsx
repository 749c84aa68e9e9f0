import type { ReactNode } from 'react'

import { LiveText } from '../live-preview/LiveText'
import { ExampleNotice } from './ExampleNotice'

type Props = { title: string; summary?: string | null; isExample?: boolean | null; kicker?: ReactNode }

export function PageTitle({ title, summary, isExample, kicker }: Props) {
  // In an editor's preview the title and summary follow the typing in the admin (LiveText reads
  // the preview's data, which only the draft-mode layout provides); visitors get the server's text
  // and none of the preview library. Synchronous, so pages render without a suspending header.
  return (
    <header className="page-title">
      {kicker ? <p className="page-title__kicker">{kicker}</p> : null}
      <h1 className="utrecht-heading-1">
        <LiveText field="title">{title}</LiveText>
      </h1>
      {summary ? (
        <p className="utrecht-paragraph utrecht-paragraph--lead">
          <LiveText field="summary">{summary}</LiveText>
        </p>
      ) : null}
      <ExampleNotice isExample={isExample} />
    </header>
  )
}
