/**
 * The registration number in the Kwaliteitsregister Jeugd (SKJ), asked (optionally) so a trainer can
 * credit the accreditation points. SKJ numbers are plain numbers of nine digits that start with a 1
 * (as on the register card and in the public register); we accept them with spaces, dots or dashes
 * typed between the digits and store the digits only. A wrong number is refused at the form rather
 * than discovered by the trainer when the points bounce. If SKJ ever issues another format, this
 * pattern is the one place to change.
 */
export const SKJ_NUMBER = /^1\d{8}$/

export const SKJ_NUMBER_MAX_TYPED = 20

/** Digits only; '' for nothing typed; null when it cannot be an SKJ number. */
export function normaliseSkjNumber(value: unknown): string | null {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string' || value.length > SKJ_NUMBER_MAX_TYPED) return null
  const digits = value.replace(/[\s.\-]/g, '')
  if (digits === '') return ''
  return SKJ_NUMBER.test(digits) ? digits : null
}
