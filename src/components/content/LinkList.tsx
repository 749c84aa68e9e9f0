import type { ReactNode } from 'react'

import { Section } from './Section'

export type LinkItem = { href: string; label: string; meta?: string }

type Props = {
  title: string
  items: LinkItem[]
  id: string
  /** Shown under the title when there are no items; without it an empty list renders nothing. */
  empty?: ReactNode
}

/** A titled list of links to related items. */
export function LinkList({ title, items, id, empty }: Props) {
  if (items.length === 0 && !empty) return null
  return (
    <Section id={id} title={title} className="link-list">
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{empty}</p>
      ) : (
        <ul className="utrecht-link-list">
          {items.map((item) => (
            <li key={item.href} className="utrecht-link-list__item">
              <a className="utrecht-link" href={item.href}>
                {item.label}
              </a>
              {item.meta ? <span className="link-list__meta"> – {item.meta}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
