import type { Payload } from 'payload'

import { formatDate } from '../../lib/dates'
import { siteUrl } from '../../lib/seo'
import { adminPath } from '../../lib/urls'
import type { ReminderMailInput } from './queueReminders'
import { escapeHtml } from '../../lib/html'
import { sendAutomatedMail } from '../../mail/send'
import type { MailJobOutcome } from '../../plugins/kit'

type Line = { title: string; due: string; url: string }

async function currentLine(payload: Payload, item: ReminderMailInput['items'][number]): Promise<Line | null> {
  const doc = (
    item.id === null
      ? await payload.findGlobal({ slug: item.target as 'vision', depth: 0, overrideAccess: true })
      : await payload.findByID({ collection: item.target as 'pages', id: item.id, depth: 0, overrideAccess: true, disableErrors: true })
  ) as { title?: string; nextReviewDue?: string | null } | null
  // Reviewed (or removed) since the reminder was queued: nothing to ask any more.
  if (!doc?.nextReviewDue || new Date(doc.nextReviewDue) > new Date()) return null
  const path = adminPath(item.id === null ? { global: item.target } : { collection: item.target, id: item.id })
  return { title: doc.title ?? item.target, due: formatDate(doc.nextReviewDue), url: `${siteUrl()}${path}` }
}

/** Builds the reminder from what is stored when it is sent, and hands it to the mail adapter. */
export async function sendReviewReminderMail(payload: Payload, input: ReminderMailInput): Promise<MailJobOutcome> {
  const id = payload.db.defaultIDType === 'number' ? Number(input.user) : String(input.user)
  const user = (await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })) as {
    email: string
    name?: string | null
  } | null
  if (!user?.email) return { sent: false, skipped: 'account gone' }
  const lines = (await Promise.all(input.items.map((item) => currentLine(payload, item)))).filter((line): line is Line => line !== null)
  if (lines.length === 0) return { sent: false, skipped: 'nothing overdue any more' }

  const subject = lines.length === 1 ? `Herziening nodig: ${lines[0].title}` : `Herziening nodig: ${lines.length} stukken`
  const greeting = `Beste ${user.name || 'redacteur'},`
  const intro = 'De herzieningsdatum van deze inhoud is verstreken. Wilt u nagaan of alles nog klopt, de datum "Laatst herzien" bijwerken en een nieuwe herzieningsdatum kiezen?'
  const text = [greeting, intro, lines.map((line) => `- ${line.title} (herzien vóór ${line.due}): ${line.url}`).join('\n'), 'Met vriendelijke groet,\nKennisportaal Jeugdbescherming Gelderland'].join('\n\n')
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(intro)}</p>
<ul>${lines.map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.title)}</a> (herzien vóór ${escapeHtml(line.due)})</li>`).join('')}</ul>
<p>Met vriendelijke groet,<br>Kennisportaal Jeugdbescherming Gelderland</p>
</body></html>`
  await sendAutomatedMail(payload, { to: user.email, subject, text, html }, `review reminder for user ${id}`)
  return { sent: true }
}
