import type { ReactNode } from 'react'

import { ExampleNotice } from './ExampleNotice'

type Props = { title: string; summary?: string | null; isExample?: boolean | null; kicker?: ReactNode }

export function PageTitle({ title, summary, isExample, kicker }: Props) {
  return (
    <header className="page-title">
      {kicker ? <p className="page-title__kicker">{kicker}</p> : null}
      <h1 className="utrecht-heading-1">{title}</h1>
      {summary ? <p className="utrecht-paragraph utrecht-paragraph--lead">{summary}</p> : null}
      <ExampleNotice isExample={isExample} />
    </header>
  )
}
