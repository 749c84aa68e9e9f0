import type { ComponentProps } from 'react'

import { Breadcrumbs, type Crumb } from '../layout/Breadcrumbs'
import { PageTitle } from './PageTitle'

type Props = ComponentProps<typeof PageTitle> & {
  /** The list page above this one, for a page under a list (a training under Scholing). */
  parent?: Crumb
  /** This page in the breadcrumb trail where that is not its title ("Bouwstenen" for "De acht bouwstenen"). */
  crumb?: string
}

/**
 * The top of every content page: the breadcrumb trail (Home, the list above it if any, this page),
 * then the page's title, summary and demo-content notice.
 */
export function PageHeader({ parent, crumb, ...title }: Props) {
  const here: Crumb = { label: crumb ?? title.title }
  return (
    <>
      <Breadcrumbs items={parent ? [parent, here] : [here]} />
      <PageTitle {...title} />
    </>
  )
}

type Doc = { title: string; summary?: string | null; isExample?: boolean | null }

/** The header of a document's own page (a working method, a training): its title, summary and notice. */
export function DocumentHeader({ doc, ...rest }: { doc: Doc } & Pick<Props, 'parent' | 'crumb' | 'kicker'>) {
  return <PageHeader {...rest} title={doc.title} summary={doc.summary} isExample={doc.isExample} />
}
