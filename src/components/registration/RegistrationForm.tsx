import type { FieldError } from '@/registrations/errors'
import type { FormFlash, FormValues } from '@/registrations/flash'
import { LIMITS } from '@/registrations/limits'
import { MESSAGES } from '@/registrations/messages'
import { SKJ_NUMBER_MAX_TYPED } from '@/registrations/skj'

import { BookingConfirmation } from './BookingConfirmation'

export type SessionOption = {
  id: string
  label: string
  /** "dinsdag 3 maart 2026 09:30 tot 12:30" */
  when: string
  where: string
  /** "nog 3 plaatsen" or "vol (wachtlijst)" (src/lib/trainings.ts). */
  places: string
}

type Props = {
  /** Where the form posts: /scholing/<slug>/inschrijven */
  action: string
  options: SessionOption[]
  flash: FormFlash | null
  retentionMonths: number
}

const ID = 'inschrijven'
const fieldId = (name: string) => `${ID}-${name}`
const errorId = (name: string) => `${ID}-${name}-fout`

const errorFor = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.message


type TextFieldProps = {
  name: keyof FormValues
  label: string
  type?: 'text' | 'email'
  autoComplete: string
  maxLength: number
  values: FormValues
  errors: FieldError[]
  required?: boolean
  /** A description under the label, tied to the input. */
  hint?: string
  inputMode?: 'numeric'
}

/** Why a field was refused, under its label; the field points to it with aria-describedby. */
function ErrorMessage({
  name,
  message,
  className = 'utrecht-form-field__error-message utrecht-form-field-error-message',
}: {
  name: string
  message?: string
  className?: string
}) {
  if (!message) return null
  return (
    <p className={className} id={errorId(name)}>
      <span className="visually-hidden">Fout: </span>
      {message}
    </p>
  )
}

function TextField({ name, label, type = 'text', autoComplete, maxLength, values, errors, required = true, hint, inputMode }: TextFieldProps) {
  const error = errorFor(errors, name)
  const describedBy = [hint ? `${fieldId(name)}-uitleg` : null, error ? errorId(name) : null].filter(Boolean).join(' ')
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <p className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(name)}>
          {label}
        </label>
      </p>
      {hint ? (
        <p className="utrecht-form-field__description utrecht-form-field-description" id={`${fieldId(name)}-uitleg`}>
          {hint}
        </p>
      ) : null}
      <ErrorMessage name={name} message={error} />
      <p className="utrecht-form-field__input">
        <input
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          id={fieldId(name)}
          name={name}
          type={type}
          autoComplete={autoComplete}
          maxLength={maxLength}
          required={required}
          inputMode={inputMode}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          defaultValue={values[name] ?? ''}
          spellCheck={type === 'email' ? false : undefined}
        />
      </p>
    </div>
  )
}

/**
 * The registration form as plain HTML: it posts and reloads, so it works without JavaScript and
 * with any assistive technology. Errors come back as a summary with links to the fields and as a
 * message at each field (tied to it with aria-describedby), the GOV.UK / NL Design System pattern.
 */
export function RegistrationForm({ action, options, flash, retentionMonths }: Props) {
  const errors = flash && !flash.ok ? flash.errors : []
  const values = flash && !flash.ok ? flash.values : {}
  const sessionError = errorFor(errors, 'session')
  const consentError = errorFor(errors, 'consent')
  const chosen = values.session ?? (options.length === 1 ? options[0].id : undefined)

  return (
    <section id={ID} aria-labelledby={`${ID}-kop`} className="registration">
      <h2 id={`${ID}-kop`} className="utrecht-heading-2">
        Inschrijven
      </h2>

      {flash?.ok ? <BookingConfirmation flash={flash} again={action.replace(/\/inschrijven$/, '') + `#${ID}`} /> : null}

      {flash && !flash.ok ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert" aria-labelledby={`${ID}-fouten-kop`}>
          <h3 id={`${ID}-fouten-kop`} className="utrecht-heading-3">
            {flash.message}
          </h3>
          {errors.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {errors.map((error) => (
                <li key={`${error.field}-${error.message}`}>
                  <a className="utrecht-link" href={`#${fieldId(error.field)}`}>
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {flash.code === 'duplicate' ? <p className="utrecht-paragraph">{MESSAGES.duplicateHelp}</p> : null}
        </div>
      ) : null}

      {flash?.ok ? null : options.length === 0 ? (
        <p className="utrecht-paragraph">Er is op dit moment geen sessie waarvoor u zich kunt inschrijven.</p>
      ) : (
        <form method="post" action={action} noValidate className="registration__form">
          <p className="utrecht-paragraph">U hebt geen account nodig. Alle velden zijn verplicht, behalve het SKJ-registratienummer.</p>

          <fieldset
            className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${sessionError ? ' utrecht-form-fieldset--invalid' : ''}`}
            aria-describedby={sessionError ? errorId('session') : undefined}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Sessie</legend>
            <ErrorMessage name="session" message={sessionError} className="utrecht-form-field-error-message" />
            {options.map((option, index) => {
              const id = index === 0 ? fieldId('session') : `${fieldId('session')}-${option.id}`
              return (
                <div key={option.id} className="utrecht-form-field utrecht-form-field--radio">
                  <p className="utrecht-form-field__input">
                    <input
                      className="utrecht-radio-button utrecht-radio-button--html-input"
                      type="radio"
                      id={id}
                      name="session"
                      value={option.id}
                      required
                      defaultChecked={chosen === option.id}
                      aria-describedby={`${id}-info`}
                    />
                  </p>
                  <p className="utrecht-form-field__label">
                    <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                      {option.label}
                    </label>
                  </p>
                  <p className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-info`}>
                    {option.when} · {option.where} · {option.places}
                  </p>
                </div>
              )
            })}
          </fieldset>

          <TextField name="name" label="Naam" autoComplete="name" maxLength={LIMITS.name} values={values} errors={errors} />
          <TextField name="email" label="E-mailadres" type="email" autoComplete="email" maxLength={LIMITS.email} values={values} errors={errors} />
          <TextField name="organisation" label="Organisatie" autoComplete="organization" maxLength={LIMITS.organisation} values={values} errors={errors} />
          <TextField name="function" label="Functie" autoComplete="organization-title" maxLength={LIMITS.function} values={values} errors={errors} />
          <TextField
            name="skjNumber"
            label="SKJ-registratienummer (optioneel)"
            autoComplete="off"
            inputMode="numeric"
            maxLength={SKJ_NUMBER_MAX_TYPED}
            values={values}
            errors={errors}
            required={false}
            hint="9 cijfers, beginnend met een 1. Vult u het in, dan kan de aanbieder uw SKJ-punten bijschrijven."
          />

          <div className={`utrecht-form-field utrecht-form-field--checkbox${consentError ? ' utrecht-form-field--invalid' : ''}`}>
            <ErrorMessage name="consent" message={consentError} />
            <p className="utrecht-form-field__input">
              <input
                className={`utrecht-checkbox utrecht-checkbox--html-input${consentError ? ' utrecht-checkbox--invalid' : ''}`}
                type="checkbox"
                id={fieldId('consent')}
                name="consent"
                value="ja"
                required
                aria-invalid={consentError ? true : undefined}
                aria-describedby={[consentError ? errorId('consent') : null, `${ID}-privacy`].filter(Boolean).join(' ')}
              />
            </p>
            <p className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fieldId('consent')}>
                Ik geef toestemming dat mijn gegevens voor deze inschrijving worden bewaard.
              </label>
            </p>
            <p className="utrecht-form-field__description utrecht-form-field-description" id={`${ID}-privacy`}>
              Waarvoor: uw naam, e-mailadres, organisatie, functie en (als u het invult) SKJ-registratienummer gebruiken wij alleen om uw inschrijving te regelen,
              u over deze sessie te mailen en de trainer een deelnemerslijst te geven. Hoe lang: {retentionMonths}{' '}
              maanden na afloop van de sessie wissen wij ze. Afmelden kan altijd via de link in de bevestigingsmail.
            </p>
          </div>

          <p>
            <button className="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">
              Inschrijven
            </button>
          </p>
        </form>
      )}
    </section>
  )
}
