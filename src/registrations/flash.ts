import crypto from 'node:crypto'

import type { Booking } from './booking'
import type { ErrorCode } from '../errors'
import type { FieldError } from './errors'

/**
 * What the no-JavaScript form shows after its POST: the outcome, and on an error what was typed,
 * so nobody fills the form in twice. It travels in a short-lived, HttpOnly cookie scoped to the
 * training page, never in the URL (which ends up in logs and browser history). Signed, so a page
 * only shows what this server wrote.
 */
export type FormValues = {
  session?: string
  name?: string
  email?: string
  organisation?: string
  function?: string
  skjNumber?: string
}

export type FormFlash = {
  /** Matches the ?inschrijving= of the redirect, so a reload later shows a clean form. */
  id: string
  ok: boolean
  status?: 'confirmed' | 'waitlist'
  message: string
  /** On success: what was booked, shown instead of the form. */
  booking?: Booking | null
  /** On an error: which one, so the page can offer the way on (a duplicate gets the cancel route). */
  /** The portal error's code, e.g. 'duplicate' (the page then offers the cancel route). */
  code?: ErrorCode
  errors: FieldError[]
  values: FormValues
}

export const FLASH_COOKIE = 'inschrijving'
export const FLASH_MAX_AGE_SECONDS = 600

const sign = (secret: string, payload: string) => crypto.createHmac('sha256', secret).update(`registration-flash:${payload}`).digest('base64url')

export function encodeFlash(flash: FormFlash, secret: string): string {
  const payload = Buffer.from(JSON.stringify(flash), 'utf8').toString('base64url')
  return `${payload}.${sign(secret, payload)}`
}

export function decodeFlash(value: string | undefined | null, secret: string): FormFlash | null {
  if (!value) return null
  const [payload, signature] = value.split('.')
  if (!payload || !signature) return null
  const expected = sign(secret, payload)
  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null
  try {
    const flash = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as FormFlash
    return typeof flash?.id === 'string' && typeof flash.message === 'string' ? flash : null
  } catch {
    return null
  }
}

export const newFlashId = () => crypto.randomBytes(8).toString('hex')
