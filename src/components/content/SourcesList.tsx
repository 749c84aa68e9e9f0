import { SOURCE_DOCUMENTS } from '@/fields/sources'

import { Section } from './Section'

type Source = { id?: string | null; document: string; detail?: string | null }

const LABELS = new Map<string, string>(SOURCE_DOCUMENTS.map((s) => [s.value, s.label]))

export function SourcesList({ sources }: { sources?: Source[] | null }) {
  if (!sources?.length) return null
  return (
    <Section id="bronnen-kop" title="Bronnen" className="sources">
      <ul className="utrecht-unordered-list">
        {sources.map((source, index) => (
          <li key={source.id ?? index} className="utrecht-unordered-list__item">
            {LABELS.get(source.document) ?? source.document}
            {source.detail ? ` – ${source.detail}` : ''}
          </li>
        ))}
      </ul>
    </Section>
  )
}
