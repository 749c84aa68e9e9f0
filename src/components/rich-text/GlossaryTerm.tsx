import type { GlossaryEntry } from '@/lib/glossary'
import { paths } from '@/lib/urls'

/**
 * A glossary term explained in place: a link to the A–Z list whose definition shows as a tooltip
 * on hover and on keyboard focus, and is announced through aria-describedby.
 */
export function GlossaryTerm({ entry, text, id }: { entry: GlossaryEntry; text: string; id: string }) {
  return (
    <a className="glossary-term utrecht-link" href={paths.glossaryTerm(entry.slug)} aria-describedby={id}>
      {text}
      <span className="glossary-term__tip" role="tooltip" id={id}>
        <strong>{entry.title}</strong>
        {entry.abbreviation ? ` (${entry.abbreviation})` : ''}: {entry.definition}
      </span>
    </a>
  )
}
