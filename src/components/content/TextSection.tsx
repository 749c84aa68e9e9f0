import type { ComponentProps } from 'react'

import { Section } from './Section'

type Props = Omit<ComponentProps<typeof Section>, 'children'> & {
  /** A plain-text field of the document; without it the section is left out. */
  text?: string | null
}

/** A section that is one paragraph of the document's text, or nothing when the field is empty. */
export function TextSection({ text, ...section }: Props) {
  if (!text) return null
  return (
    <Section {...section}>
      <p className="utrecht-paragraph">{text}</p>
    </Section>
  )
}
