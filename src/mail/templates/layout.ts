import { formatDateTime, formatTime } from '../../lib/dates'
import type { MailContext, RenderedMail } from './types'
import { escapeHtml } from '../../lib/html'

/** One building block of a mail; each becomes a paragraph in text and in HTML. */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'details'; rows: [label: string, value: string][] }
  | { kind: 'link'; label: string; href: string }

export const when = (session: MailContext['session']) => `${formatDateTime(session.startsAt)} tot ${formatTime(session.endsAt)}`

/** The session as a list of facts; `withLocation` is off for people who have no place (yet). */
export function sessionDetails(context: MailContext, { withLocation }: { withLocation: boolean }): Part {
  const rows: [string, string][] = [
    ['Training', context.training.title],
    ['Sessie', context.session.label],
    ['Wanneer', when(context.session)],
  ]
  if (withLocation) {
    const online = context.session.mode === 'online'
    rows.push(['Waar', online ? `Online: ${context.session.location}` : context.session.location])
    if (context.session.joinDetails) rows.push([online ? 'Deelnamelink' : 'Adres', context.session.joinDetails])
  }
  if (context.training.skjPoints) rows.push(['SKJ-accreditatie', `${context.training.skjPoints} punten`])
  return { kind: 'details', rows }
}

export const cancelPart = (context: MailContext): Part[] =>
  context.links.cancel
    ? [
        { kind: 'text', text: 'Kunt u toch niet? Meld u dan af, zodat iemand van de wachtlijst uw plaats krijgt:' },
        { kind: 'link', label: 'Inschrijving annuleren', href: context.links.cancel },
      ]
    : []

/** Whom to ask, so a question does not go to the noreply address. */
function contactPart(contact: MailContext['contact']): Part[] {
  if (!contact || (!contact.email && !contact.phone)) return []
  const reach = [contact.email, contact.phone].filter(Boolean).join(' of ')
  return [{ kind: 'text', text: `Vragen over deze training? Neem contact op met ${contact.name}: ${reach}. Op deze e-mail kunt u niet antwoorden.` }]
}

const FOOTER =
  'U krijgt dit bericht omdat u zich via het Kennisportaal Jeugdbescherming Gelderland hebt ingeschreven voor een training. ' +
  'Uw gegevens gebruiken wij alleen voor deze inschrijving; ze worden gewist na de bewaartermijn.'

/**
 * Builds the text and HTML versions from the same parts, so they never say different things: the
 * greeting (when the mail knows a name), the parts, the closing and the footer that says why the
 * person gets the mail.
 */
export function composeMail(
  subject: string,
  { greeting, parts, footer }: { greeting?: string; parts: Part[]; footer: string },
): RenderedMail {
  const text = [
    ...(greeting ? [greeting] : []),
    ...parts.map((part) => {
      if (part.kind === 'text') return part.text
      if (part.kind === 'link') return `${part.label}: ${part.href}`
      return part.rows.map(([label, value]) => `${label}: ${value}`).join('\n')
    }),
    'Met vriendelijke groet,\nKennisportaal Jeugdbescherming Gelderland',
    `-- \n${footer}`,
  ].join('\n\n')

  const body = parts
    .map((part) => {
      if (part.kind === 'text') return `<p>${escapeHtml(part.text)}</p>`
      if (part.kind === 'link') return `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.label)}</a></p>`
      const rows = part.rows
        .map(([label, value]) => `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
        .join('')
      return `<table role="presentation" style="border-collapse:collapse">${rows}</table>`
    })
    .join('\n')
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em">
${greeting ? `<p>${escapeHtml(greeting)}</p>\n` : ''}${body}
<p>Met vriendelijke groet,<br>Kennisportaal Jeugdbescherming Gelderland</p>
<hr>
<p style="font-size:14px;color:#555">${escapeHtml(footer)}</p>
</body>
</html>`
  return { subject, text, html }
}

/** A registration mail: addressed by name, with whom to ask about the training. */
export function renderMail(
  subject: string,
  context: Pick<MailContext, 'name'> & Partial<Pick<MailContext, 'contact'>>,
  content: Part[],
  footer: string = FOOTER,
): RenderedMail {
  return composeMail(subject, { greeting: `Beste ${context.name},`, parts: [...content, ...contactPart(context.contact)], footer })
}
