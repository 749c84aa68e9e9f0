/** An e-mail address and a phone number as links (mailto:, tel: without spaces), with a dot between. */
export function ContactLinks({ email, phone }: { email?: string | null; phone?: string | null }) {
  return (
    <>
      {email ? (
        <a className="utrecht-link" href={`mailto:${email}`}>
          {email}
        </a>
      ) : null}
      {email && phone ? ' · ' : null}
      {phone ? (
        <a className="utrecht-link" href={`tel:${phone.replace(/\s/g, '')}`}>
          {phone}
        </a>
      ) : null}
    </>
  )
}
