import type { ReactNode } from 'react'

type Props = {
  /** The heading's id: the section is named by its heading (aria-labelledby), and links jump to it. */
  id: string
  title: ReactNode
  className?: string
  /** An id on the section itself, where links point at the section rather than at its heading. */
  anchor?: string
  /** For a heading that a link on the page moves the focus to (tabIndex -1). */
  focusableHeading?: boolean
  children: ReactNode
}

/** A part of a page under an h2 that names it for screen readers and in the page's outline. */
export function Section({ id, title, className, anchor, focusableHeading = false, children }: Props) {
  return (
    <section id={anchor} aria-labelledby={id} className={className}>
      <h2 id={id} className="utrecht-heading-2" tabIndex={focusableHeading ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  )
}
