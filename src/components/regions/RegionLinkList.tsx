import type { CollectionSlug } from 'payload'

import { LinkList } from '@/components/content/LinkList'
import { collectionPath, documentPath } from '@/lib/urls'

type Linked = { id: number | string; slug?: string | null; title: string }

type Props<T extends Linked> = {
  id: string
  title: string
  /** The content type listed: its documents' pages, and the overview the empty list points to. */
  collection: CollectionSlug
  docs: T[]
  /** The line after each link (a status, the next session, the closing date). */
  meta: (doc: T) => string | undefined
  /** What an empty list says before the link to all of them. */
  none: string
  /** The text of that link (`Alle scholing`). */
  all: string
}

/**
 * One of a region page's lists of what goes on in the region (toekomsttuinen, scholing,
 * vacatures). A region without any still gets the section, with a link to all of them, so the
 * page's jump links always land.
 */
export function RegionLinkList<T extends Linked>({ id, title, collection, docs, meta, none, all }: Props<T>) {
  const base = collectionPath(collection)
  return (
    <LinkList
      id={id}
      title={title}
      // One text node, as written out before: React separates adjacent text nodes with a comment.
      empty={
        <>
          {`${none} `}
          <a className="utrecht-link" href={base}>
            {all}
          </a>
        </>
      }
      items={docs.map((doc) => ({ href: documentPath(collection, doc) ?? base, label: doc.title, meta: meta(doc) }))}
    />
  )
}
