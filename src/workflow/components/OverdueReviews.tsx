import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { formatDate } from '../../lib/dates'
import { findOverdue } from '../reminders/overdue'

type Props = { payload: Payload; user?: TypedUser | null }

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderLeft: '4px solid var(--theme-warning-500)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '2rem',
} as const

/**
 * On the admin dashboard: published content whose review date has passed, limited to what this
 * editor may change, oldest first. The same list the morning reminder mails come from.
 */
export async function OverdueReviews({ payload, user }: Props) {
  if (!user) return null
  const req = await createLocalReq({ user }, payload)
  const items = await findOverdue(payload, { now: new Date(), editorReq: req, limit: 25 })
  return (
    <section aria-labelledby="overdue-reviews" style={box}>
      <h2 id="overdue-reviews" style={{ marginTop: 0 }}>
        Herziening nodig
      </h2>
      {items.length === 0 ? (
        <p style={{ marginBottom: 0 }}>Alle inhoud die u beheert, is op tijd herzien.</p>
      ) : (
        <>
          <p>De herzieningsdatum van {items.length === 1 ? 'dit stuk' : `deze ${items.length} stukken`} is verstreken:</p>
          <ul style={{ marginBottom: 0 }}>
            {items.map((item) => (
              <li key={`${item.target}:${item.id ?? ''}`}>
                <a href={item.adminPath}>{item.title}</a> <span>({item.label}, herzien vóór {formatDate(item.nextReviewDue)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
