import { composeMail, type Part } from './layout'

/**
 * The e-mail alert mails. They share the training mails' look but not their greeting: an alert
 * subscription knows no name, only the address.
 */
export type AlertMail = { subject: string; text: string; html: string }

export type AlertLinks = { manage: string; unsubscribe: string }

const FOOTER =
  'U krijgt dit bericht omdat dit e-mailadres is aangemeld voor e-mailmeldingen van het Kennisportaal Jeugdbescherming Gelderland. ' +
  'We bewaren alleen uw e-mailadres en uw filters, en wissen ze zodra u zich afmeldt.'

function render(subject: string, parts: Part[], links: AlertLinks | null): AlertMail {
  const footerLinks: Part[] = links
    ? [
        // The one-click address (links.unsubscribe) is for mail programs (List-Unsubscribe); people
        // get a page with a button, since link scanners open every link in a mail.
        { kind: 'link', label: 'Meldingen beheren of afmelden', href: links.manage },
      ]
    : []
  return composeMail(subject, { parts: [...parts, ...footerLinks], footer: FOOTER })
}

export const confirmAlertMail = ({
  listTitle,
  confirmUrl,
  links,
}: {
  listTitle: string
  confirmUrl: string
  links: AlertLinks
}) =>
  render(
    `Bevestig uw e-mailmelding: ${listTitle}`,
    [
      { kind: 'text', text: `U (of iemand anders) heeft dit adres aangemeld voor e-mail over: ${listTitle}.` },
      {
        kind: 'text',
        text: 'Bevestig dat u deze e-mail wilt ontvangen. Zonder bevestiging sturen we niets en wissen we uw adres na 7 dagen.',
      },
      { kind: 'link', label: 'Ja, stuur mij deze e-mail', href: confirmUrl },
    ],
    links,
  )

export const manageAlertMail = ({
  listTitle,
  frequencyLabel,
  links,
}: {
  listTitle: string
  frequencyLabel: string
  links: AlertLinks
}) =>
  render(
    `Uw e-mailmelding beheren: ${listTitle}`,
    [
      {
        kind: 'text',
        text: `U volgt: ${listTitle} (${frequencyLabel}). Via de link hieronder kiest u hoe vaak u e-mail krijgt, of stopt u.`,
      },
    ],
    links,
  )

export type DigestItem = {
  title: string
  url: string
  summary?: string | null
  note?: string | null
  kind: 'new' | 'changed'
}

export const digestAlertMail = ({
  listTitle,
  items,
  links,
}: {
  listTitle: string
  items: DigestItem[]
  links: AlertLinks
}) =>
  render(
    items.length === 1
      ? `${items[0].kind === 'new' ? 'Nieuw' : 'Gewijzigd'}: ${items[0].title}`
      : `${items.length} nieuwe berichten: ${listTitle}`,
    [
      { kind: 'text', text: `Nieuw bij ${listTitle}:` },
      ...items.flatMap((item): Part[] => [
        { kind: 'link', label: item.title, href: item.url },
        ...(item.kind === 'changed' && item.note ? [{ kind: 'text' as const, text: `Wijziging: ${item.note}` }] : []),
        ...(item.summary ? [{ kind: 'text' as const, text: item.summary }] : []),
      ]),
    ],
    links,
  )
