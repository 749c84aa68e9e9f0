import { renderMail, sessionDetails } from './layout'
import type { MailTemplate } from './types'

export const sessionCancelled: MailTemplate = (context) =>
  renderMail(`Sessie gaat niet door: ${context.training.title}`, context, [
    { kind: 'text', text: 'Helaas gaat de sessie waarvoor u bent ingeschreven niet door. Uw inschrijving is daarmee vervallen.' },
    sessionDetails(context, { withLocation: false }),
    { kind: 'text', text: 'Op de pagina van de training ziet u of er andere sessies zijn waarvoor u zich kunt inschrijven.' },
    { kind: 'link', label: 'Naar de training', href: context.links.training },
  ])
