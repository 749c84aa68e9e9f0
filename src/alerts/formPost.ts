import { crossSite } from '../lib/crossSite'
import { refuseWhenLimited } from '../lib/rateLimit'
import type { Payload } from 'payload'

import { readBodyText } from '../registrations/http'
import { confirm } from './confirm'
import { isAlertError } from './errors'
import { changeFrequency, requestManageLinks, unsubscribe } from './manage'
import { subscribe } from './subscribe'
import { finderOf, viewInput } from './describe'

/** The alert forms without JavaScript: POST, then a redirect to a page that says what happened. */
export const FORM_ACTIONS = ['aanmelden', 'bevestigen', 'frequentie', 'afmelden', 'beheerlink'] as const
export type FormAction = (typeof FORM_ACTIONS)[number]

/** The result codes the result page knows; the messages themselves live in src/alerts/errors.ts. */
export const RESULT_CODES = [
  'aangemeld',
  'bevestigd',
  'opgeslagen',
  'afgemeld',
  'beheerlink',
  'ongeldig',
  'fout',
] as const

const redirect = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

export async function handleAlertForm(payload: Payload, request: Request, action: string): Promise<Response> {
  const plain = (status: number, text: string) =>
    new Response(text, {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  if (!(FORM_ACTIONS as readonly string[]).includes(action)) return plain(404, 'Deze pagina bestaat niet.')
  if (crossSite(request)) return plain(403, 'Dit formulier kan alleen via deze site worden verstuurd.')
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type') ?? ''))
    return plain(415, 'Verstuur het formulier vanaf de pagina.')
  if (action === 'aanmelden' || action === 'beheerlink') {
    const limited = await refuseWhenLimited('subscriptions', request, 'text')
    if (limited) return limited
  }
  let form: URLSearchParams
  try {
    form = new URLSearchParams(await readBodyText(request, 4 * 1024))
  } catch {
    return plain(413, 'Het formulier is te groot.')
  }
  const token = form.get('token') ?? ''
  const finder = finderOf({ lijst: form.get('lijst') ?? undefined })
  try {
    switch (action as FormAction) {
      case 'aanmelden': {
        await subscribe(payload, {
          email: form.get('email') ?? '',
          frequency: form.get('frequency') ?? 'daily',
          finder,
          filters: viewInput(finder, (param) => form.getAll(param)),
        })
        return redirect('/meldingen/resultaat?bericht=aangemeld')
      }
      case 'bevestigen':
        await confirm(payload, token)
        return redirect('/meldingen/resultaat?bericht=bevestigd')
      case 'frequentie':
        await changeFrequency(payload, { token, frequency: form.get('frequency') ?? '' })
        return redirect(`/meldingen/beheren?token=${encodeURIComponent(token)}&bericht=opgeslagen`)
      case 'afmelden':
        await unsubscribe(payload, token)
        return redirect('/meldingen/resultaat?bericht=afgemeld')
      case 'beheerlink':
        await requestManageLinks(payload, { email: form.get('email') ?? '' })
        return redirect('/meldingen/resultaat?bericht=beheerlink')
    }
  } catch (error) {
    if (!isAlertError(error)) {
      payload.logger.error({ err: error }, 'alerts: form post failed')
      return redirect('/meldingen/resultaat?bericht=fout')
    }
    if (error.code === 'bad-token') return redirect('/meldingen/resultaat?bericht=ongeldig')
    // Back to the form with the filters kept (never the address) and the reason.
    const back = new URLSearchParams({ lijst: finder })
    for (const [param, values] of Object.entries(viewInput(finder, (p) => form.getAll(p))))
      for (const value of Array.isArray(values) ? values : [values]) back.append(param, value)
    back.set('fout', error.code === 'unknown-filter' ? 'filter' : (error.errors[0]?.field ?? 'invoer'))
    return redirect(`/meldingen/${action === 'beheerlink' ? 'beheren' : 'aanmelden'}?${back.toString()}`)
  }
  return plain(404, 'Deze pagina bestaat niet.')
}
