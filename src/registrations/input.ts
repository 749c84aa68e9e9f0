import { z } from 'zod'

import { isValidEmail } from '../lib/email'
import { RegistrationError, type FieldError } from './errors'
import { LIMITS } from './limits'
import { MESSAGES } from './messages'
import { normaliseSkjNumber } from './skj'

export { LIMITS, MAX_BODY_BYTES } from './limits'

/** What a visitor sends; nothing is trusted until parseRegistrationInput has looked at it. */
export type RegistrationInput = {
  session?: unknown
  name?: unknown
  email?: unknown
  organisation?: unknown
  function?: unknown
  /** Optional: the SKJ registration number, for the trainer's accreditation list. */
  skjNumber?: unknown
  consent?: unknown
}

export type ValidRegistration = {
  session: string
  name: string
  email: string
  organisation: string
  function: string
  /** Nine digits, or null when none was given. */
  skjNumber: string | null
}

const F = MESSAGES.field

// Control characters never belong in a name, and in a mail header they would be trouble.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** Text as people type it: one space between words, none around; absent stays absent. */
const tidy = (value: unknown) =>
  value === null || value === undefined ? undefined : typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : value

/** A required text field: missing, not text, too long and control characters each with their own message. */
const requiredText = (max: number, missing: string, tooLong: string) =>
  z.preprocess(
    tidy,
    z
      .string({ error: (issue) => (issue.input === undefined ? missing : F.notText) })
      .min(1, missing)
      .max(max, tooLong)
      .refine((value) => !CONTROL.test(value), F.notText),
  )

/** A session id as the adapters use them: a positive integer (SQL) or an ObjectId (MongoDB). */
const sessionId = z.union(
  [
    z
      .number()
      .refine((value) => Number.isSafeInteger(value) && value > 0, F.session)
      .transform(String),
    z
      .string()
      .trim()
      .regex(/^(?:[1-9][0-9]{0,15}|[0-9a-f]{24})$/i, F.session),
  ],
  { error: F.session },
)

/**
 * What a registration must look like, field by field, with the Dutch message each mistake gets.
 * Fields it does not know are dropped.
 */
export const registrationSchema = z.object({
  session: sessionId,
  name: requiredText(LIMITS.name, F.nameMissing, F.nameTooLong),
  // The same check as the collection's e-mail field (src/lib/email.ts), so a saved record never fails it later.
  email: requiredText(LIMITS.email, F.emailMissing, F.emailTooLong).refine(isValidEmail, F.emailInvalid),
  organisation: requiredText(LIMITS.organisation, F.organisationMissing, F.organisationTooLong),
  function: requiredText(LIMITS.function, F.functionMissing, F.functionTooLong),
  // Optional; digits only ('' for nothing typed), see skj.ts.
  skjNumber: z
    .unknown()
    .optional()
    .transform((value, context) => {
      const digits = normaliseSkjNumber(value)
      if (digits === null) context.addIssue({ code: 'custom', message: F.skjInvalid })
      return digits || null
    }),
  consent: z.literal(true, { error: F.consent }),
})

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

/** Checks every field at once, so the form can show all problems together (the first problem of each field). */
export function parseRegistrationInput(raw: unknown): ValidRegistration {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RegistrationError('malformed', MESSAGES.malformed)
  }
  const result = registrationSchema.safeParse(raw)
  if (result.success) {
    const { session, name, email, organisation, function: fn, skjNumber } = result.data
    return { session, name, email, organisation, function: fn, skjNumber }
  }
  const errors: FieldError[] = []
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (!errors.some((error) => error.field === field)) errors.push({ field, message: issue.message })
  }
  throw new RegistrationError('invalid-input', MESSAGES.invalidInput, errors)
}
