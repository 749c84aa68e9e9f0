import { cancelPart, renderMail, sessionDetails } from './layout'
import type { MailTemplate } from './types'

export const reminder: MailTemplate = (context) =>
  renderMail(`Herinnering: ${context.training.title} over twee dagen`, context, [
    { kind: 'text', text: 'Over twee dagen begint de sessie waarvoor u bent ingeschreven. Een korte herinnering:' },
    sessionDetails(context, { withLocation: true }),
    { kind: 'link', label: 'Zet de sessie in uw agenda', href: context.links.calendar },
    ...cancelPart(context),
  ])
