/** What a registration mail may know: the course, whom to ask, the links back; nothing about the registrant's organisation or function. */
export type MailContext = {
  name: string
  training: { title: string; skjPoints?: number | null }
  session: {
    label: string
    startsAt: string
    endsAt: string
    mode: 'locatie' | 'online'
    location: string
    /** The address or meeting link, for people with a place only (not on the public site). */
    joinDetails?: string | null
  }
  /** On the waitlist: 1 is next in line. */
  waitlistPosition?: number | null
  /** Who answers questions about the training: its provider. */
  contact?: { name: string; email?: string | null; phone?: string | null } | null
  links: { training: string; calendar: string; cancel?: string }
}

export type RenderedMail = { subject: string; text: string; html: string }

export type MailTemplate = (context: MailContext) => RenderedMail
