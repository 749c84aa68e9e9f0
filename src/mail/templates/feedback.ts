import { type Part, renderMail } from './layout'
import type { RenderedMail } from './types'

export type FeedbackMailContext = {
  pageTitle: string
  pageUrl: string
  helpful: 'ja' | 'nee' | null
  remark: string
  replyTo: string | null
  adminUrl: string
}

const FOOTER =
  'U krijgt dit bericht omdat u in het Kennisportaal Jeugdbescherming Gelderland de eigenaar van deze pagina bent. ' +
  'Het portaal bewaart van de lezer alleen de reactie en, als die om antwoord vroeg, het e-mailadres.'

/** A reader's remark, for the owner of the page. */
export function feedbackMail(context: FeedbackMailContext): RenderedMail {
  const rows: [string, string][] = [
    ['Pagina', context.pageTitle],
    ['Nuttig', context.helpful === 'ja' ? 'ja' : context.helpful === 'nee' ? 'nee' : 'niet ingevuld'],
  ]
  const parts: Part[] = [
    { kind: 'text', text: 'Een lezer liet een opmerking achter onder een pagina waarvan u de eigenaar bent.' },
    { kind: 'details', rows },
    { kind: 'text', text: `Opmerking: ${context.remark}` },
    { kind: 'link', label: 'Naar de pagina', href: context.pageUrl },
    context.replyTo
      ? { kind: 'text', text: `De lezer wil graag een antwoord op ${context.replyTo}. Beantwoord deze e-mail om te reageren.` }
      : { kind: 'text', text: 'De lezer liet geen e-mailadres achter en verwacht dus geen antwoord.' },
    { kind: 'link', label: 'Alle reacties van lezers', href: context.adminUrl },
  ]
  return renderMail(`Reactie van een lezer: ${context.pageTitle}`, { name: 'eigenaar van deze pagina' }, parts, FOOTER)
}
