import type { Payload } from 'payload'

import { asPortalError, UNEXPECTED_MESSAGE } from '../errors'
import { loggableError } from '../lib/email'
import { crossSite } from '../lib/crossSite'
import { escapeHtml } from '../lib/html'
import { refuseWhenLimited } from '../lib/rateLimit'
import { readBodyUpTo } from '../lib/readBody'
import { FEEDBACK_BODY_MAX, FEEDBACK_MESSAGES as M, HONEYPOT_FIELD, THANKS_ID } from './messages'

export { THANKS_ID } from './messages'
import { submitFeedback } from './submit'
import { FEEDBACK_TARGETS, type FeedbackTarget, feedbackPagePath } from './targets'

const NO_STORE = { 'Cache-Control': 'no-store', 'Content-Language': 'nl' }

/** A refusal the reader sees without JavaScript: a small Dutch page with the reason and the way back. */
function refusal(status: number, message: string, back: string | null): Response {
  const link = back ? `<p><a href="${escapeHtml(back)}#feedback">Terug naar de pagina</a></p>` : '<p><a href="/">Naar de startpagina</a></p>'
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reactie niet verstuurd · Kennisportaal Jeugdbescherming</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:1.125rem;line-height:1.5;max-width:40em;margin:1rem auto;padding:0 1rem">
<main>
<h1>Uw reactie is niet verstuurd</h1>
<p>${escapeHtml(message)}</p>
${link}
</main>
</body>
</html>`
  return new Response(html, { status, headers: { ...NO_STORE, 'Content-Type': 'text/html; charset=utf-8' } })
}

const backTo = (target: string | null, slug: string | null): string | null => {
  if (!target || !(FEEDBACK_TARGETS as readonly string[]).includes(target)) return null
  if (slug !== null && !/^[a-z0-9-]{1,120}$/.test(slug)) return null
  return feedbackPagePath(target as FeedbackTarget, slug ?? undefined)
}

const thanks = (path: string) =>
  new Response(null, { status: 303, headers: { ...NO_STORE, Location: `${path}#${THANKS_ID}` } })

/**
 * POST /reactie: the "Was deze pagina nuttig?" form, without JavaScript. Answered with a redirect
 * to the page itself with `#feedback-bedankt`, which the page (unchanged, from the cache) shows as
 * the thanks; so the page stays the same for everyone. Refusals are a Dutch 4xx page.
 */
export async function handleFeedbackForm(payload: Payload, request: Request, { now }: { now?: number } = {}): Promise<Response> {
  if (crossSite(request)) return refusal(403, M.crossSite, null)
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type') ?? '')) return refusal(415, M.mediaType, null)
  const limited = await refuseWhenLimited('feedback', request, 'text')
  if (limited) return limited
  const body = await readBodyUpTo(request, FEEDBACK_BODY_MAX)
  if (body === null) return refusal(413, M.tooLarge, null)
  const form = new URLSearchParams(body)
  const back = backTo(form.get('doel'), form.get('slug'))
  if ((form.get(HONEYPOT_FIELD) ?? '') !== '') return back ? thanks(back) : refusal(400, M.unknownPage, null)
  try {
    const outcome = await submitFeedback(payload, Object.fromEntries(form), { now })
    return thanks(outcome.path)
  } catch (error) {
    const known = asPortalError(error)
    if (known) return refusal(known.httpStatus, known.message, back)
    payload.logger.error({ err: loggableError(error) }, 'feedback: form post failed')
    return refusal(500, UNEXPECTED_MESSAGE, back)
  }
}
