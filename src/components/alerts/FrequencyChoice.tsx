import type { Frequency } from '@/alerts/subscribe'

type Props = {
  /** Prefix of the radio buttons' ids, unique on the page. */
  idPrefix: string
  options: readonly (readonly [value: Frequency, label: string])[]
  /** The frequency chosen now (stored as text). */
  checked: string
}

/** How often an alert mails: one radio button per frequency. */
export function FrequencyChoice({ idPrefix, options, checked }: Props) {
  return (
    <fieldset className="utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">Hoe vaak wilt u e-mail?</legend>
      {options.map(([value, label]) => (
        <p key={value}>
          <input
            type="radio"
            id={`${idPrefix}-${value}`}
            name="frequency"
            value={value}
            defaultChecked={value === checked}
          />{' '}
          <label htmlFor={`${idPrefix}-${value}`}>{label}</label>
        </p>
      ))}
    </fieldset>
  )
}
