import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { DashboardPanel } from '../../admin/DashboardPanel'
import { formatDate } from '../../lib/dates'
import { findOverdue } from '../reminders/overdue'

type Props = { payload: Payload; user?: TypedUser | null }

/**
 * On the admin dashboard: published content whose review date has passed, limited to what this
 * editor may change, oldest first. The same list the morning reminder mails come from.
 */
export async function OverdueReviews({ payload, user }: Props) {
  if (!user) return null
  const req = await createLocalReq({ user }, payload)
  const items = await findOverdue(payload, { now: new Date(), editorReq: req, limit: 25 })
  return (
    <DashboardPanel id="overdue-reviews" title="Herziening nodig" accent="warning" empty="Alle inhoud die u beheert, is op tijd herzien.">
      {items.length === 0 ? null : (
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
    </DashboardPanel>
  )
}
