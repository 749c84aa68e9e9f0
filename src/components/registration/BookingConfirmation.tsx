import type { FormFlash } from '@/registrations/flash'

/**
 * What was booked, after a successful registration: a confirmation in its own calm style (not the
 * error box), instead of the form. A second person registers through the link back to the form.
 */
export function BookingConfirmation({ flash, again }: { flash: FormFlash; again: string }) {
  const booking = flash.booking
  const waitlist = flash.status === 'waitlist'
  const heading = waitlist ? 'U staat op de wachtlijst' : 'U bent ingeschreven'
  return (
    <div className="booking-confirmation" role="status" aria-labelledby="inschrijven-bevestiging">
      <h3 id="inschrijven-bevestiging" className="utrecht-heading-3">
        {heading}
      </h3>
      {booking ? (
        <dl className="booking-confirmation__details">
          <dt>Training</dt>
          <dd>{booking.training}</dd>
          <dt>Sessie</dt>
          <dd>{booking.session}</dd>
          <dt>Wanneer</dt>
          <dd>{booking.when}</dd>
          <dt>Waar</dt>
          <dd>{booking.where}</dd>
          <dt>Status</dt>
          <dd>
            {waitlist
              ? `Wachtlijst${booking.waitlistPosition ? `, plaats ${booking.waitlistPosition}` : ''}: u krijgt automatisch een plaats als er een vrijkomt, en dan een e-mail.`
              : 'Bevestigd: er is een plaats voor u gereserveerd.'}
          </dd>
        </dl>
      ) : (
        <p className="utrecht-paragraph">{flash.message}</p>
      )}
      <p className="utrecht-paragraph">
        {waitlist
          ? 'U ontvangt een e-mail met uw plaats op de wachtlijst en een link om u af te melden.'
          : 'U ontvangt een bevestiging per e-mail, met het adres of de deelnamelink, een agenda-bestand en een link om af te melden.'}
      </p>
      {booking?.contact ? (
        <p className="utrecht-paragraph">
          Vragen? Neem contact op met {booking.contact.name}
          {booking.contact.email ? (
            <>
              {': '}
              <a className="utrecht-link" href={`mailto:${booking.contact.email}`}>
                {booking.contact.email}
              </a>
            </>
          ) : null}
          {booking.contact.phone ? `${booking.contact.email ? ' of ' : ': '}${booking.contact.phone}` : ''}.
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={again}>
          Nog iemand inschrijven
        </a>
      </p>
    </div>
  )
}
