/** How long each field of a registration may be (the form's maxlength, the schema, the collection). */
export const LIMITS = { name: 120, email: 254, organisation: 160, function: 120 } as const

/** The request body as a whole; well above four filled-in fields, far below anything abusive. */
export const MAX_BODY_BYTES = 8 * 1024
