import type { ReactNode } from 'react'

type Props = {
  href: string
  title: ReactNode
  /** h2 in a list directly under the page title, h3 in a list under a section's h2. */
  headingLevel?: 2 | 3
  className?: string
  /** What follows the title: facts (card__meta), a summary. */
  children?: ReactNode
}

/**
 * One item of a list of pages (a finder's results, a card grid): its title as a link, in a heading
 * so screen-reader users can jump from item to item. The heading looks the same at either level.
 */
export function ResultItem({ href, title, headingLevel = 2, className, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <li className={className}>
      <Heading className="utrecht-heading-3">
        <a className="utrecht-link" href={href}>
          {title}
        </a>
      </Heading>
      {children}
    </li>
  )
}
