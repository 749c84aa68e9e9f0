import { formatDate, isoDate } from '@/lib/dates'

import { Section } from './Section'

type ChangeNote = { id?: string | null; date: string; note: string }

type Props = {
  lastReviewedAt?: string | null
  nextReviewDue?: string | null
  changeNotes?: ChangeNote[] | null
}

/** "Laatst herzien … · Volgende herziening … · Wijzigingen" under every text. */
export function ReviewInfo({ lastReviewedAt, nextReviewDue, changeNotes }: Props) {
  const notes = [...(changeNotes ?? [])].sort((a, b) => b.date.localeCompare(a.date))
  if (!lastReviewedAt && !nextReviewDue && notes.length === 0) return null
  return (
    <Section id="herziening-kop" title="Herziening" className="review-info">
      <p className="utrecht-paragraph">
        {lastReviewedAt ? (
          <>
            Laatst herzien <time dateTime={isoDate(lastReviewedAt)}>{formatDate(lastReviewedAt)}</time>
          </>
        ) : null}
        {lastReviewedAt && nextReviewDue ? ' · ' : null}
        {nextReviewDue ? (
          <>
            Volgende herziening <time dateTime={isoDate(nextReviewDue)}>{formatDate(nextReviewDue)}</time>
          </>
        ) : null}
      </p>
      {notes.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Wijzigingen</h3>
          <ul className="utrecht-unordered-list">
            {notes.map((note, index) => (
              <li key={note.id ?? index} className="utrecht-unordered-list__item">
                <time dateTime={isoDate(note.date)}>{formatDate(note.date)}</time>: {note.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  )
}
