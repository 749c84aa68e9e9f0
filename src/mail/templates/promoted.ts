import { cancelPart, renderMail, sessionDetails } from './layout'
import type { MailTemplate } from './types'

export const promoted: MailTemplate = (context) =>
  renderMail(`Er is een plaats voor u: ${context.training.title}`, context, [
    { kind: 'text', text: 'Goed nieuws: er is een plaats vrijgekomen en die is voor u. U bent nu ingeschreven.' },
    sessionDetails(context, { withLocation: true }),
    { kind: 'link', label: 'Zet de sessie in uw agenda', href: context.links.calendar },
    ...cancelPart(context),
  ])
