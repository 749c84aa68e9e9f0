/** The address field of the e-mail alert forms (sign up, ask for the manage links). */
export function EmailField({ id, invalid = false }: { id: string; invalid?: boolean }) {
  return (
    <p className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        Uw e-mailadres
      </label>
      <input
        className="utrecht-textbox"
        id={id}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        aria-invalid={invalid ? true : undefined}
      />
    </p>
  )
}
