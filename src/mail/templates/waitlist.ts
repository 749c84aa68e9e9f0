import { renderMail, sessionDetails, type Part } from './layout'
import type { MailTemplate } from './types'

export const waitlist: MailTemplate = (context) => {
  const leave: Part[] = context.links.cancel
    ? [
        { kind: 'text', text: 'Wilt u niet langer op de wachtlijst staan? Meld u dan af:' },
        { kind: 'link', label: 'Van de wachtlijst af', href: context.links.cancel },
      ]
    : []
  return renderMail(`U staat op de wachtlijst: ${context.training.title}`, context, [
    {
      kind: 'text',
      text: 'Deze sessie is vol. U staat op de wachtlijst, in volgorde van aanmelding. Komt er een plaats vrij, dan krijgt u die automatisch en ontvangt u een e-mail.',
    },
    ...(context.waitlistPosition
      ? [{ kind: 'text' as const, text: `U staat op plaats ${context.waitlistPosition} van de wachtlijst.` }]
      : []),
    sessionDetails(context, { withLocation: false }),
    { kind: 'link', label: 'Meer over de training', href: context.links.training },
    ...leave,
  ])
}
