/** The portal's mark in the admin's navigation, instead of Payload's. */
export default function Icon() {
  return <img src="/icon.svg" alt="Kennisportaal Jeugdbescherming" width={28} height={28} />
}
