/** What a registration mail may know: the course and the link back, nothing about the organisation or function. */
export type MailContext = {
  name: string
  training: { title: string; skjPoints?: number | null }
  session: { label: string; startsAt: string; endsAt: string; mode: 'locatie' | 'online'; location: string }
  links: { training: string; calendar: string; cancel?: string }
}

export type RenderedMail = { subject: string; text: string; html: string }

export type MailTemplate = (context: MailContext) => RenderedMail
