import { cancellation } from './cancellation'
import { confirmation } from './confirmation'
import { promoted } from './promoted'
import { reminder } from './reminder'
import { sessionCancelled } from './sessionCancelled'
import type { MailTemplate } from './types'
import { waitlist } from './waitlist'

export const MAIL_TEMPLATES = {
  confirmation,
  waitlist,
  promoted,
  cancellation,
  'session-cancelled': sessionCancelled,
  reminder,
} satisfies Record<string, MailTemplate>

export type MailTemplateName = keyof typeof MAIL_TEMPLATES

export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATES) as MailTemplateName[]

export type { MailContext, RenderedMail } from './types'
