/** The portal's name on the admin's login page, instead of Payload's logo. */
export default function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <img src="/icon.svg" alt="" width={48} height={48} />
      <span style={{ fontSize: '1.35rem', fontWeight: 700, lineHeight: 1.2 }}>
        Kennisportaal Jeugdbescherming
        <br />
        <span style={{ fontWeight: 400, fontSize: '1rem' }}>Gelderland · beheer</span>
      </span>
    </div>
  )
}
