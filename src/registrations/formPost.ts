import { crossSite } from '../lib/crossSite'
import { refuseWhenLimited } from '../lib/rateLimit'
import type { Payload } from 'payload'

import { loggableError } from '../lib/email'
import { encodeFlash, FLASH_COOKIE, FLASH_MAX_AGE_SECONDS, type FormFlash, type FormValues, newFlashId } from './flash'
import { readBodyText } from './http'
import { describeBooking } from './booking'
import { register } from './register'
import { asPortalError, UNEXPECTED_MESSAGE } from '../errors'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : undefined)

const plain = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * The registration form without JavaScript: a plain POST of the form fields to
 * /scholing/<slug>/inschrijven, answered with a redirect back to the training page (POST, redirect,
 * GET), which shows the outcome from a short-lived cookie. The same register action as the JSON API.
 */
export async function handleRegistrationForm(
  payload: Payload,
  request: Request,
  slug: string,
  { now }: { now?: Date } = {},
): Promise<Response> {
  if (!SLUG.test(slug)) return plain(404, 'Deze training bestaat niet.')
  if (crossSite(request)) return plain(403, 'Inschrijven kan alleen via het formulier op deze site.')
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/x-www-form-urlencoded\b/i.test(type))
    return plain(415, 'Verstuur het inschrijfformulier vanaf de pagina van de training.')
  const limited = await refuseWhenLimited('registrations', request, 'text')
  if (limited) return limited

  let values: FormValues = {}
  let flash: FormFlash
  try {
    const form = new URLSearchParams(await readBodyText(request))
    values = {
      session: text(form.get('session')),
      name: text(form.get('name')),
      email: text(form.get('email')),
      organisation: text(form.get('organisation')),
      function: text(form.get('function')),
      skjNumber: text(form.get('skjNumber')),
    }
    const consent = ['ja', 'on', 'true'].includes(String(form.get('consent') ?? ''))
    const result = await register(payload, { ...values, consent }, { now })
    // The booking is read after the commit; if that read fails, the registration stands and the
    // page still says so (the message), only without the details.
    const booking = await describeBooking(payload, result).catch(() => null)
    flash = { id: newFlashId(), ok: true, status: result.status, message: result.message, booking, errors: [], values: {} }
  } catch (error) {
    const known = asPortalError(error)
    if (!known) payload.logger.error({ err: loggableError(error) }, 'registrations: form post failed')
    const message = known ? known.message : UNEXPECTED_MESSAGE
    const errors = known ? known.errors : []
    // Keep what was typed, cut to the field sizes, so the cookie stays small.
    const kept = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 300) : undefined]),
    )
    flash = { id: newFlashId(), ok: false, message, errors, values: kept, ...(known ? { code: known.code } : {}) }
    if (known?.code === 'too-large') flash.values = {}
  }

  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  const cookie = [
    `${FLASH_COOKIE}=${encodeFlash(flash, payload.secret)}`,
    `Path=/scholing/${slug}`,
    `Max-Age=${FLASH_MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
  return new Response(null, {
    status: 303,
    headers: {
      Location: `/scholing/${slug}?inschrijving=${flash.id}#inschrijven`,
      'Set-Cookie': cookie,
      'Cache-Control': 'no-store',
    },
  })
}
