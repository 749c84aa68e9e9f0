import { renderMail, sessionDetails } from './layout'
import type { MailTemplate } from './types'

export const cancellation: MailTemplate = (context) =>
  renderMail(`Inschrijving geannuleerd: ${context.training.title}`, context, [
    { kind: 'text', text: 'Uw inschrijving voor deze sessie is geannuleerd. U hoeft verder niets te doen.' },
    sessionDetails(context, { withLocation: false }),
    { kind: 'text', text: 'Wilt u zich later opnieuw inschrijven, voor deze of een andere sessie? Dat kan op de pagina van de training.' },
    { kind: 'link', label: 'Naar de training', href: context.links.training },
  ])
