import { cancelPart, renderMail, sessionDetails } from './layout'
import type { MailTemplate } from './types'

export const confirmation: MailTemplate = (context) =>
  renderMail(`Inschrijving bevestigd: ${context.training.title}`, context, [
    { kind: 'text', text: 'U bent ingeschreven. Er is een plaats voor u gereserveerd.' },
    sessionDetails(context, { withLocation: true }),
    { kind: 'link', label: 'Zet de sessie in uw agenda', href: context.links.calendar },
    { kind: 'link', label: 'Meer over de training', href: context.links.training },
    ...cancelPart(context),
  ])
